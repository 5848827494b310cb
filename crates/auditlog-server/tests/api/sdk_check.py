"""Drives the official Aitronos Python SDK (aitronos-sdk, from PyPI, unchanged) against a
running auditlog, and prints what each call returned, as JSON, for sdk.rs to compare with the
API's own answers. Any exception (a refused request, a response the SDK's models reject) exits
non-zero with its message.

usage: sdk_check.py BASE_URL API_KEY ORGANIZATION ASSISTANT_ID USER_ID
"""

import datetime as dt
import json
import sys

from aitronos import Aitronos


def main() -> None:
    base, key, org, assistant, user = sys.argv[1:6]
    client = Aitronos(base_url=base, api_key=key)
    out = {}

    history = client.assistants.get_assistant_history(assistant, limit=10, offset=0)
    out["history"] = {
        "total": history.pagination.total,
        "has_more": history.pagination.has_more,
        "ids": [e.id for e in history.audit_logs],
        "timestamps": [e.timestamp for e in history.audit_logs],
        "types": sorted({type(e.timestamp).__name__ for e in history.audit_logs}),
        "user_names": [e.user_name for e in history.audit_logs],
        "changes": [[c.field for c in (e.changes or [])] for e in history.audit_logs],
    }
    only = client.assistants.get_assistant_history(assistant, action="updated")
    out["history_updated"] = [e.id for e in only.audit_logs]

    admin = client.crew_management_admin
    page = admin.get_organization_change_logs(org, skip=1, take=2)
    out["page"] = {
        "total": page.total_count,
        "skip": page.skip,
        "take": page.take,
        "ids": [e.id for e in page.logs],
    }
    assistants = admin.get_organization_change_logs(org, resource_type="assistant", action="updated")
    out["assistants_updated"] = {
        "total": assistants.total_count,
        "ids": [e.id for e in assistants.logs],
        "changes": [
            [[c.field, c.old_value, c.new_value] for c in e.changes] for e in assistants.logs
        ],
        "timestamps": [e.timestamp.isoformat() for e in assistants.logs],
    }
    dated = admin.get_organization_change_logs(
        org, start_date=dt.datetime(2025, 1, 2), end_date=dt.datetime(2025, 1, 3, 23, 59, 59)
    )
    out["dated"] = {"total": dated.total_count, "ids": [e.id for e in dated.logs]}
    member = admin.get_member_change_logs(org, user, take=100)
    out["member"] = {"total": member.total_count, "ids": [e.id for e in member.logs]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
