"""Owners, tags and products: lists that grow as new names are typed, never duplicated."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from crm_desktop.core.models import Owner, Product, Tag
from crm_desktop.core.normalize.text import clean, name_key


def owner_id_for(session: Session, name: str | None) -> int | None:
    name = clean(name)
    if name is None:
        return None
    found = session.execute(select(Owner.id).where(Owner.name == name)).scalar()
    if found is not None:
        return found
    owner = Owner(name=name)
    session.add(owner)
    session.flush()
    return owner.id


def tag_ids_for(session: Session, names: list[str]) -> list[int]:
    ids: list[int] = []
    for raw in names:
        name = clean(raw)
        if name is None:
            continue
        tag_id = session.execute(select(Tag.id).where(Tag.name == name)).scalar()
        if tag_id is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            tag_id = tag.id
        if tag_id not in ids:
            ids.append(tag_id)
    return ids


def product_id_for(session: Session, name: str | None) -> int | None:
    """`阿莫西林胶囊` and `阿莫西林胶囊 ` (or full-width variants) are one product."""
    name = clean(name)
    if name is None:
        return None
    key = name_key(name)
    found = session.execute(select(Product.id).where(Product.name_key == key)).scalar()
    if found is not None:
        return found
    product = Product(name=name, name_key=key)
    session.add(product)
    session.flush()
    return product.id
