# -*- coding: utf-8 -*-
"""Template registry."""
TEMPLATES = []


def T(style, lang):
    def deco(fn):
        k = sum(1 for t in TEMPLATES if t[1] == style and t[2] == lang) + 1
        TEMPLATES.append((f"{lang}_{style}_{k}", style, lang, fn))
        return fn
    return deco


def sx(p, m, f):
    """pick the masculine/feminine word for person p"""
    return m if p.sex == "m" else f
