"""Frozen dataclasses to JSON and back, for what the index stores.

An :class:`~briefing.corpus.article.Article` and a
:class:`~briefing.analysis.quotes.QuoteAnalysis` are trees of frozen
dataclasses, tuples, strings and numbers. :func:`encode` turns one into JSON
values (a dataclass becomes the list of its fields' values, in field order:
compact, and the index's schema version changes with any field);
:func:`decode` rebuilds it from the class's type hints. JSON, not pickle: an
index file found in a corpus folder is data, never code that runs on load.

Type hints understood: dataclasses, ``tuple[X, ...]``, ``tuple[A, B]``,
``X | None``, ``dict[str, X]``, ``str``, ``int``, ``float``, ``bool`` and
``object`` (a JSON value; lists come back as tuples).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
import zlib
from functools import lru_cache
from typing import Any, Callable

__all__ = ["decode", "encode", "pack", "unpack"]


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return [encode(getattr(value, f.name)) for f in _fields(type(value))]
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def decode(cls: type, data: Any) -> Any:
    return _decoder(cls)(data)


def pack(value: Any) -> bytes:
    """``value`` encoded, as compact JSON, compressed."""
    text = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def unpack(cls: type, blob: bytes) -> Any:
    return decode(cls, json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass")))


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def _frozen(value: Any) -> Any:
    """A JSON value with lists as tuples (``object`` fields hold tuples)."""
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=None)
def _decoder(hint: Any) -> Callable[[Any], Any]:
    if hint in (str, int, bool):
        return lambda v: v
    if hint is float:
        return lambda v: None if v is None else float(v)
    if hint is object or hint is Any:
        return _frozen
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        parts = [(f.name, _decoder(hints[f.name])) for f in _fields(hint)]

        def build(values: list) -> Any:
            return hint(**{name: part(v) for (name, part), v in zip(parts, values)})

        return build
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        if len(kinds) != 1:
            raise TypeError(f"cannot decode {hint}")
        inner = _decoder(kinds[0])
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: tuple(item(x) for x in v)
        items = [_decoder(a) for a in args]
        return lambda v: tuple(f(x) for f, x in zip(items, v))
    if origin is dict:
        value = _decoder(args[1])
        return lambda v: {k: value(x) for k, x in v.items()}
    raise TypeError(f"cannot decode {hint}")
