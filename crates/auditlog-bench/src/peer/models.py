from auditlog.models import AbstractLogEntry
from django.db import models


class AuditEntry(AbstractLogEntry):
    """django-auditlog's entry plus the two columns a multi-tenant service needs, with the
    tenant-first indexes a team would add for its list screen and its actor filter."""

    organization = models.CharField(max_length=64)
    actor_ref = models.CharField(max_length=64)

    class Meta(AbstractLogEntry.Meta):
        indexes = [
            models.Index(fields=["organization", "-timestamp"]),
            models.Index(fields=["organization", "actor_ref", "-timestamp"]),
        ]
