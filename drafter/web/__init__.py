"""The local workbench (`drafter serve`, SPEC §9): a Starlette app with Chinese pages to draft,
check, typeset and look up phrases, and the pinned `/api/*` endpoints. It calls only `drafter.api`.

Modules: `app` (the routes), `security` (Host/Origin/token/size checks), `uploads` (reading
multipart fields), `yamlform` (the report YAML as the form's JSON model and back), `server`
(binding, the temporary folder, the browser, Ctrl-C). Nothing here is imported by the other commands.
"""
