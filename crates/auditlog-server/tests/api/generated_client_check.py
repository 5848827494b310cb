"""Drives a client that openapi-python-client generated from /openapi.json (scripts/test makes
it fresh on every run) against a running auditlog: lists with a filter, pages with the cursor to
the end, and asks a facet. Prints what it got as JSON for generated_client.rs to compare.

usage: generated_client_check.py BASE_URL API_KEY ORGANIZATION
"""

import json
import sys

from auditlog_client import AuthenticatedClient
from auditlog_client.api.default import facets, list_audit_log
from auditlog_client.models.facets_field import FacetsField
from auditlog_client.types import UNSET


def main() -> None:
    base, key, org = sys.argv[1:4]
    client = AuthenticatedClient(base_url=base, token=key, raise_on_unexpected_status=True)
    first = list_audit_log.sync(organization_id=org, client=client, entity_type="assistant", limit=2)
    walked = [e.id for e in first.items]
    cursor = first.next_cursor
    while cursor not in (None, UNSET):
        page = list_audit_log.sync(
            organization_id=org, client=client, entity_type="assistant", limit=2, cursor=cursor
        )
        walked += [e.id for e in page.items]
        cursor = page.next_cursor
    counted = facets.sync(organization_id=org, client=client, field=FacetsField.ENTITY_TYPE)
    print(json.dumps({
        "total": first.total,
        "first_page": [e.id for e in first.items],
        "walked": walked,
        "facets": [[v.value, v.count] for v in counted.values],
    }))


if __name__ == "__main__":
    main()
