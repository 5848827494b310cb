from django.urls import path

from .views import Entries

urlpatterns = [path("api/orgs/<str:org>/logs", Entries.as_view())]
