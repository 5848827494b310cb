from datetime import date, datetime, time, timedelta, timezone

from rest_framework import filters, generics, serializers, status
from rest_framework.response import Response

from .models import AuditEntry
from .rows import ACTIONS, fields


class IncomingSerializer(serializers.Serializer):
    timestamp = serializers.DateTimeField()
    action = serializers.CharField(max_length=64)
    resource_type = serializers.CharField(max_length=64)
    resource_id = serializers.CharField(max_length=255)
    resource_name = serializers.CharField(required=False, allow_blank=True)
    user_id = serializers.CharField(max_length=64)
    user_name = serializers.CharField(required=False, allow_blank=True)
    user_email = serializers.EmailField(required=False)
    department_id = serializers.CharField(required=False)
    metadata = serializers.DictField(required=False)
    changes = serializers.ListField(child=serializers.DictField(), required=False)
    targets = serializers.ListField(child=serializers.DictField(), required=False)

    def create(self, validated):
        return AuditEntry.objects.create(**fields(self.context["org"], validated))


class EntrySerializer(serializers.ModelSerializer):
    resource_type = serializers.CharField(source="content_type.model")

    class Meta:
        model = AuditEntry
        fields = [
            "id", "organization", "timestamp", "action", "resource_type", "object_pk",
            "object_repr", "actor_ref", "actor_email", "remote_addr", "changes",
            "additional_data",
        ]


def day(text):
    return datetime.combine(date.fromisoformat(text), time.min, tzinfo=timezone.utc)


class Entries(generics.ListCreateAPIView):
    serializer_class = EntrySerializer
    filter_backends = [filters.SearchFilter]
    search_fields = ["object_repr", "actor_email"]

    def get_queryset(self):
        q = self.request.query_params
        qs = AuditEntry.objects.filter(organization=self.kwargs["org"])
        qs = qs.select_related("content_type").order_by("-timestamp", "-id")
        if "entity_type" in q:
            qs = qs.filter(content_type__model=q["entity_type"])
        if "action_type" in q:
            if q["action_type"] in ACTIONS:
                qs = qs.filter(action=ACTIONS[q["action_type"]])
            else:
                qs = qs.filter(additional_data__action=q["action_type"])
        if "actor_id" in q:
            qs = qs.filter(actor_ref=q["actor_id"])
        if "resource_id" in q:
            qs = qs.filter(object_pk=q["resource_id"])
        if "department_id" in q:
            qs = qs.filter(additional_data__department_id=q["department_id"])
        if "target_id" in q:
            qs = qs.filter(additional_data__targets__contains=[{"id": q["target_id"]}])
        if "from_date" in q:
            qs = qs.filter(timestamp__gte=day(q["from_date"]))
        if "to_date" in q:
            qs = qs.filter(timestamp__lt=day(q["to_date"]) + timedelta(days=1))
        return qs

    def create(self, request, *args, **kwargs):
        many = isinstance(request.data, dict) and "items" in request.data
        items = request.data["items"] if many else request.data
        s = IncomingSerializer(data=items, many=many, context={"org": self.kwargs["org"]})
        s.is_valid(raise_exception=True)
        s.save()
        count = len(items) if many else 1
        return Response({"created": count}, status=status.HTTP_201_CREATED)
