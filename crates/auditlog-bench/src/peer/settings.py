# The peer: what a team would otherwise build — django-auditlog's log entry, extended the way its
# documentation allows (AUDITLOG_LOGENTRY_MODEL) with a tenant column, served by Django REST
# framework on the same PostgreSQL. Connection details come from the harness.
import os

SECRET_KEY = "bench-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "auditlog",
    "peer",
]
MIDDLEWARE = []
ROOT_URLCONF = "peer.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ["PEER_PGHOST"],
        "PORT": os.environ["PEER_PGPORT"],
        "NAME": os.environ["PEER_PGDATABASE"],
        "USER": os.environ["PEER_PGUSER"],
        "PASSWORD": os.environ.get("PEER_PGPASSWORD", ""),
        "OPTIONS": {"options": "-c search_path=peer"},
        # One transaction per request: a 2xx means committed, as for auditlog.
        "ATOMIC_REQUESTS": True,
        "CONN_MAX_AGE": None,
    }
}
AUDITLOG_LOGENTRY_MODEL = "peer.AuditEntry"
REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
    # No authentication: the peer is spared that cost.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
}
