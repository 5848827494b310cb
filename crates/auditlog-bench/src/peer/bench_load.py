"""Bulk-loads entries (NDJSON lines {"o": org, "e": entry} on stdin) with COPY, through the same
mapping as the HTTP endpoint, so the peer is queried on the same rows as auditlog."""

import json
import sys

import psycopg
from django.core.management.base import BaseCommand
from django.db import connection

from peer.rows import fields

COLUMNS = [
    "organization", "content_type_id", "object_pk", "object_repr", "action", "changes",
    "actor_ref", "actor_email", "remote_addr", "timestamp", "additional_data",
    "changes_text", "serialized_data",
]


class Command(BaseCommand):
    def handle(self, *args, **options):
        n = 0
        # COPY on a connection of its own: the mapping looks content types up on Django's.
        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params.pop("context", None)
        with psycopg.connect(**params) as conn, conn.cursor() as c:
            with c.copy(
                f"COPY peer_auditentry ({', '.join(COLUMNS)}) FROM STDIN"
            ) as copy:
                for line in sys.stdin:
                    row = json.loads(line)
                    f = fields(row["o"], row["e"])
                    f["changes"] = json.dumps(f["changes"]) if f["changes"] else None
                    f["additional_data"] = json.dumps(f["additional_data"])
                    f["changes_text"] = ""
                    f["serialized_data"] = None
                    copy.write_row([f[k] for k in COLUMNS])
                    n += 1
            conn.commit()
            # What autovacuum would do in steady state (this machine runs with it off).
            conn.autocommit = True
            c.execute("VACUUM (ANALYZE) peer_auditentry")
        self.stdout.write(f"loaded {n}")
