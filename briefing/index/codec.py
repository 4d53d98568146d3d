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
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _class_encoder(type(value))(value)
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


def _same(value: Any) -> Any:
    return value


def _plain(cls: type) -> bool:
    """Whether instances of the dataclass ``cls`` are made by setting its fields alone."""
    return (not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
            and all(f.init for f in dataclasses.fields(cls)))


@lru_cache(maxsize=None)
def _class_encoder(cls: type) -> Callable[[Any], list]:
    """A dataclass instance → the list of its fields' values, encoded; fields whose
    type hint says they hold only strings and numbers are taken as they are."""
    hints = typing.get_type_hints(cls)
    fields = _fields(cls)
    leaf = [_holds_leaves(hints[f.name]) for f in fields]
    names = [f.name for f in fields]
    if all(leaf):
        return lambda value: [getattr(value, n) for n in names]
    return lambda value: [getattr(value, n) if plain else encode(getattr(value, n))
                          for n, plain in zip(names, leaf)]


def _holds_leaves(hint: Any) -> bool:
    """Whether a value of this type hint is JSON as it is (strings, numbers,
    None, and tuples of them: JSON writes a tuple as a list)."""
    if hint in (str, int, bool, float, type(None)):
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType, tuple):
        return all(a is Ellipsis or _holds_leaves(a) for a in args)
    return False


@lru_cache(maxsize=None)
def _decoder(hint: Any) -> Callable[[Any], Any]:
    if hint in (str, int, bool):
        return _same
    if hint is float:
        return lambda v: None if v is None else float(v)
    if hint is object or hint is Any:
        return _frozen
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = _fields(hint)
        parts = [None if _decoder(hints[f.name]) is _same else _decoder(hints[f.name]) for f in fields]
        names = [f.name for f in fields]
        if _plain(hint):
            # no __post_init__, no slots, every field given: filled in directly, as
            # the frozen class's __init__ would (field by field through
            # object.__setattr__, several times slower)
            new = object.__new__

            def build(values: list) -> Any:
                made = new(hint)
                made.__dict__.update(zip(names, [v if p is None else p(v) for p, v in zip(parts, values)]))
                return made
        else:
            def build(values: list) -> Any:
                return hint(**{n: v if p is None else p(v) for n, p, v in zip(names, parts, values)})

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
