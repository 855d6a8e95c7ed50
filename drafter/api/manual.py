"""The offline manual (api: `manual`, `manual_topics`): docs/*.md, installed with the package, so that
an intranet PC without a browser to the repository still has it (`drafter help TOPIC`)."""

from __future__ import annotations

import difflib

from drafter.core.errors import InputError

# topic -> (file in docs/, what it covers, other names a clerk may type)
TOPICS = {
    "yaml": ("yaml.md", "报告素材 YAML 的写法：各个键、正文、指标与同比、出错时怎么改", ("素材", "YAML", "yml")),
    "rules": ("rules.md", "检查规则清单：每条规则的编号、级别、说明和依据", ("规则", "lint", "检查")),
    "template": ("template.md", "自定义模板（build --template）：可用的变量、函数、过滤器和宏", ("模板", "jinja", "templates")),
    "format": ("format.md", "排版（format）：能读什么、排成什么样、会统一哪些写法", ("排版", "公文格式", "9704")),
}


def manual_topics() -> list[tuple[str, str]]:
    """(topic, what it covers) for every topic, in order."""
    return [(t, spec[1]) for t, spec in TOPICS.items()]


def topic_name(topic: str) -> str | None:
    """The topic `topic` names (its own name, or one of its other names), else None."""
    key = topic.strip().lower()
    for t, (_f, _what, aliases) in TOPICS.items():
        if key == t or key in (a.lower() for a in aliases):
            return t
    return None


def manual(topic: str) -> str:
    """The text (Markdown) of one topic of the manual. An unknown topic is an InputError that lists
    the topics and suggests the closest one."""
    from drafter.core.resources import docs_dir

    name = topic_name(topic)
    if name is None:
        close = difflib.get_close_matches(topic.strip().lower(), list(TOPICS), n=1, cutoff=0.5)
        hint = (f"你是不是想看 drafter help {close[0]}？" if close else "") + \
            "可选的主题：" + "、".join(TOPICS) + "（drafter help 列出全部主题）"
        raise InputError(f"说明里没有“{topic}”这一项", hint=hint)
    path = docs_dir() / TOPICS[name][0]
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        raise InputError(f"找不到说明文件 {TOPICS[name][0]}（安装不完整？请重新安装 drafter）", str(path)) from None
