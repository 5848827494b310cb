"""One mapping from an auditlog entry (seed-002 shape) to the peer's columns, shared by the
HTTP endpoint and the bulk loader so both store the same rows."""

from django.contrib.contenttypes.models import ContentType

ACTIONS = {"created": 0, "updated": 1, "deleted": 2, "accessed": 3}
_types = {}


def content_type(resource_type):
    ct = _types.get(resource_type)
    if ct is None:
        ct, _ = ContentType.objects.get_or_create(app_label="app", model=resource_type)
        _types[resource_type] = ct
    return ct


def fields(org, e):
    meta = e.get("metadata") or {}
    changes = e.get("changes")
    return {
        "organization": org,
        "content_type_id": content_type(e["resource_type"]).pk,
        "object_pk": e["resource_id"],
        "object_repr": e.get("resource_name") or e["resource_id"],
        "action": ACTIONS.get(e["action"], 3),
        "changes": (
            {c["field"]: [c.get("old_value"), c.get("new_value")] for c in changes}
            if changes
            else None
        ),
        "actor_ref": e["user_id"],
        "actor_email": e.get("user_email"),
        "remote_addr": meta.get("ip_address"),
        "timestamp": e["timestamp"],
        "additional_data": {
            "action": e["action"],
            "user_name": e.get("user_name"),
            "department_id": e.get("department_id"),
            "metadata": meta,
            "targets": e.get("targets") or [],
        },
    }
