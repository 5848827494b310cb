-- A store written by an earlier release (make_fixture.py), from pg_dump.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: upgrade_fixture; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA upgrade_fixture;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_keys; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.api_keys (
    id text NOT NULL,
    org bigint NOT NULL,
    name text NOT NULL,
    scopes text NOT NULL,
    secret_hash bytea NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint
);


--
-- Name: auditlog_migrations; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.auditlog_migrations (
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: checkpoints; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.checkpoints (
    org bigint NOT NULL,
    size bigint NOT NULL,
    root bytea NOT NULL,
    note text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: counts; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.counts (
    org bigint NOT NULL,
    span bigint NOT NULL,
    bucket bigint NOT NULL,
    kind text NOT NULL,
    value text NOT NULL,
    n bigint NOT NULL
);


--
-- Name: entries; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
)
PARTITION BY RANGE (ts);


--
-- Name: entries_default; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_default (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entries_y2025m11; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_y2025m11 (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entries_y2026m12; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_y2026m12 (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entries_y2027m01; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_y2027m01 (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entries_y2027m02; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_y2027m02 (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entries_y2027m03; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entries_y2027m03 (
    org bigint NOT NULL,
    seq bigint NOT NULL,
    ts bigint NOT NULL,
    id text NOT NULL,
    resource_type text NOT NULL,
    resource_id text NOT NULL,
    action text NOT NULL,
    event text NOT NULL,
    user_id text NOT NULL,
    department_id text,
    idempotency_key text,
    words tsvector,
    body text NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: entry_refs; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
)
PARTITION BY RANGE (ts);


--
-- Name: entry_refs_default; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_default (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: entry_refs_y2025m11; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_y2025m11 (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: entry_refs_y2026m12; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_y2026m12 (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: entry_refs_y2027m01; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_y2027m01 (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: entry_refs_y2027m02; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_y2027m02 (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: entry_refs_y2027m03; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.entry_refs_y2027m03 (
    org bigint NOT NULL,
    ref_type text NOT NULL,
    ref_id text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.idempotency_keys (
    org bigint NOT NULL,
    key text NOT NULL,
    ts bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: org_heads; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.org_heads (
    org bigint NOT NULL,
    next_seq bigint NOT NULL
);


--
-- Name: organizations; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.organizations (
    ord bigint NOT NULL,
    id text NOT NULL,
    name text NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: organizations_ord_seq; Type: SEQUENCE; Schema: upgrade_fixture; Owner: -
--

CREATE SEQUENCE upgrade_fixture.organizations_ord_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: organizations_ord_seq; Type: SEQUENCE OWNED BY; Schema: upgrade_fixture; Owner: -
--

ALTER SEQUENCE upgrade_fixture.organizations_ord_seq OWNED BY upgrade_fixture.organizations.ord;


--
-- Name: search_words; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.search_words (
    org bigint NOT NULL,
    word text NOT NULL COLLATE pg_catalog."C"
);


--
-- Name: settings; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.settings (
    name text NOT NULL,
    value text NOT NULL
);


--
-- Name: tree_nodes; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.tree_nodes (
    org bigint NOT NULL,
    level integer NOT NULL,
    idx bigint NOT NULL,
    hash bytea NOT NULL
);


--
-- Name: trees; Type: TABLE; Schema: upgrade_fixture; Owner: -
--

CREATE TABLE upgrade_fixture.trees (
    org bigint NOT NULL,
    size bigint NOT NULL,
    root bytea NOT NULL
);


--
-- Name: entries_default; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_default DEFAULT;


--
-- Name: entries_y2025m11; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_y2025m11 FOR VALUES FROM ('1761955200000000') TO ('1764547200000000');


--
-- Name: entries_y2026m12; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_y2026m12 FOR VALUES FROM ('1796083200000000') TO ('1798761600000000');


--
-- Name: entries_y2027m01; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_y2027m01 FOR VALUES FROM ('1798761600000000') TO ('1801440000000000');


--
-- Name: entries_y2027m02; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_y2027m02 FOR VALUES FROM ('1801440000000000') TO ('1803859200000000');


--
-- Name: entries_y2027m03; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries ATTACH PARTITION upgrade_fixture.entries_y2027m03 FOR VALUES FROM ('1803859200000000') TO ('1806537600000000');


--
-- Name: entry_refs_default; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_default DEFAULT;


--
-- Name: entry_refs_y2025m11; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_y2025m11 FOR VALUES FROM ('1761955200000000') TO ('1764547200000000');


--
-- Name: entry_refs_y2026m12; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_y2026m12 FOR VALUES FROM ('1796083200000000') TO ('1798761600000000');


--
-- Name: entry_refs_y2027m01; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_y2027m01 FOR VALUES FROM ('1798761600000000') TO ('1801440000000000');


--
-- Name: entry_refs_y2027m02; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_y2027m02 FOR VALUES FROM ('1801440000000000') TO ('1803859200000000');


--
-- Name: entry_refs_y2027m03; Type: TABLE ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs ATTACH PARTITION upgrade_fixture.entry_refs_y2027m03 FOR VALUES FROM ('1803859200000000') TO ('1806537600000000');


--
-- Name: organizations ord; Type: DEFAULT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.organizations ALTER COLUMN ord SET DEFAULT nextval('upgrade_fixture.organizations_ord_seq'::regclass);


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--



--
-- Data for Name: auditlog_migrations; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0001_init', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0002_merkle', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0003_counts', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0004_history_index', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0005_actor_counts', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0006_resource_counts', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0007_search_words', '2026-12-06 08:33:30.302091+00');
INSERT INTO upgrade_fixture.auditlog_migrations VALUES ('0008_target_counts', '2026-12-06 08:33:30.302091+00');


--
-- Data for Name: checkpoints; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.checkpoints VALUES (1, 75, '\xa5b74aa30485130e8ab8012cfe75717f674a13803ec735e8f878cff65f4fb9ae', 'auditlog/acme
75
pbdKowSFEw6KuAEs/nVxf2dKE4A+xzXo+HjP9l9Pua4=

— auditlog xwWB+6T8K2/4cdIcgPPwslzkjA1iZ46hyqkLWix8PpdpuJSpzJi4jEKYfAFppinmUo6yA+Dl/7ouPYAZPz9ZQiP/Ag8=
', 1796546010446501);
INSERT INTO upgrade_fixture.checkpoints VALUES (1, 200, '\x2b5eed22b905f3041c6ea2497016a6bbc592c5a0f9302fe2a06934c1d44d78d4', 'auditlog/acme
200
K17tIrkF8wQcbqJJcBamu8WSxaD5MC/ioGk0wdRNeNQ=

— auditlog xwWB+zIorAEMt3IoI2vJLeOhg/FGObtJqLDTRYIvLSdcxw8oeNBMQxxY44Wq/MO5XqMoX0sNxk5RcrsP3o5Sctkqsw0=
', 1796546010511660);
INSERT INTO upgrade_fixture.checkpoints VALUES (2, 40, '\x928ce9b1d0802088294288bfe483e228c0660a4c910ab0e1096c0738b8abd9c5', 'auditlog/globex
40
kozpsdCAIIgpQoi/5IPiKMBmCkyRCrDhCWwHOLir2cU=

— auditlog xwWB+4OWOxmaEjp8qJbQYBTNhq/UrBla0vftrzTUGraJ57x3b4+WCGqXMloWSaAdfD3eF5+ODyBe3bcTSQoFvPCE3gU=
', 1796546010737551);


--
-- Data for Name: counts; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'a', 'updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'd', 'd1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'e', 'mcp_configuration.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'i', 'mcp_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'r', 'mcp_configuration mcp_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'u', 'u2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'u', 'u3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', ' co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', ' wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', 'connection co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', 'workflow wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'deleted', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'shared', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'updated', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'a', 'viewed', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'd', 'd1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'd', 'd2', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'd', 'd3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'assistant.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'assistant.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'assistant.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'assistant.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'document.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'document.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'document.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'mcp_configuration.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'mcp_configuration.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'rule.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'rule.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'thread.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'vector_store.archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'vector_store.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'doc_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'mcp_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'thr_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'thr_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'vec_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'wor_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'i', 'wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'assistant ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'assistant ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'assistant ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'assistant ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'assistant ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'connection con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'document doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'document doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'document doc_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'document doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'mcp_configuration mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'mcp_configuration mcp_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'mcp_configuration mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'rule rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'rule rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'thread thr_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'thread thr_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'vector_store vec_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'vector_store vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'workflow wor_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'r', 'workflow wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'assistant', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'connection', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'document', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'mcp_configuration', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'rule', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'thread', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'vector_store', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 't', 'workflow', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u2', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u5', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'a', 'deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'd', 'd3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', ' wo_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'assistant as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'connection co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'connection co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'workflow wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'workflow wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20403, 'x', 'workflow wo_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'rule rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'document.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'rule.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'thread.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'vector_store.archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'all', '', 23);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'assistant.shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'workflow.viewed', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_10', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_0', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_2', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_9', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_5', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_8', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_0', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_10', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_2', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_10', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'document.viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_5', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_8', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_10', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'assistant.viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_9', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'mcp_configuration.deleted', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'vector_store.created', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'a', 'deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'e', 'assistant.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'i', 'ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'r', 'assistant ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 't', 'assistant', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'u', 'u1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'a', 'deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'a', 'shared', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'a', 'updated', 13);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'a', 'viewed', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'd', 'd1', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'd', 'd2', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'd', 'd3', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'assistant.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'document.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'mcp_configuration.shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'mcp_configuration.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'rule.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'rule.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'rule.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'thread.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'thread.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'vector_store.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'vector_store.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'workflow.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'e', 'workflow.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'mcp_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'mcp_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'mcp_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'rul_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'rul_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'thr_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'thr_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'vec_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'vec_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'i', 'wor_7', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'assistant ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'connection con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'document doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'mcp_configuration mcp_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'mcp_configuration mcp_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'mcp_configuration mcp_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'mcp_configuration mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'rule rul_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'rule rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'rule rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'rule rul_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'thread thr_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'thread thr_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'vector_store vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'vector_store vec_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'vector_store vec_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_4', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_0', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u6', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u5', 16);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_4', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_0', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_3', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'all', '', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_5', 11);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_3', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_5', 11);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'workflow wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'r', 'workflow wor_7', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'assistant', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'connection', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'document', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'mcp_configuration', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'rule', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'thread', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'vector_store', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 't', 'workflow', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'u', 'u1', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'u', 'u2', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'u', 'u3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'u', 'u4', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' as_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' as_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' co_1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' wo_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'assistant as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'assistant as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'assistant as_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'assistant as_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'connection co_1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'connection co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'connection co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'workflow wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'workflow wo_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'workflow wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20404, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'assistant ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'connection co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'thread.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_6', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'assistant.deleted', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'mcp_configuration.shared', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_7', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'mcp_configuration.updated', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'rule.updated', 13);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_10', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_7', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'vector_store.viewed', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_2', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_2', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'a', 'viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'd', 'd3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'i', 'wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'r', 'workflow wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 't', 'workflow', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'u', 'u3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', ' as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', 'assistant as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'a', 'viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'all', '', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'e', 'mcp_configuration.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'i', 'mcp_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'r', 'mcp_configuration mcp_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20397, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'a', 'deleted', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'a', 'shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'a', 'updated', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'a', 'viewed', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'd', 'd1', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'd', 'd3', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'assistant.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'assistant.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'assistant.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'document.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'mcp_configuration.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'mcp_configuration.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'rule.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'rule.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'thread.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'vector_store.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'workflow.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'ass_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'doc_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'rul_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'thr_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_7', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_0', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_3', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_5', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_5', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_0', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_3', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_5', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_5', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_6', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'all', '', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_10', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_7', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'wor_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'i', 'wor_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'assistant ass_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'assistant ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'assistant ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'assistant ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'connection con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'document doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'document doc_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'mcp_configuration mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'mcp_configuration mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'rule rul_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'rule rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'thread thr_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'thread thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'vector_store vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'workflow wor_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'workflow wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'r', 'workflow wor_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'assistant', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'connection', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'document', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'mcp_configuration', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'rule', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'thread', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'vector_store', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 't', 'workflow', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u1', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u2', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'u', 'u6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'assistant as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'connection co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'workflow wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20405, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'doc_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'document doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'document doc_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'thread thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'document', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'document.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'rule.viewed', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'thread.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'thread', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'deleted', 31);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'shared', 20);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'connection.updated', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' as_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' wo_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'assistant as_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'workflow wo_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'workflow wo_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'viewed', 31);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'thread.updated', 11);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'document.updated', 15);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_4', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'rule.created', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'mcp_configuration.viewed', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_7', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'workflow.deleted', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'workflow.shared', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'workflow.updated', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'd', 'd2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'assistant.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'ass_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'ass_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'assistant ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'assistant ass_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'assistant ass_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'vector_store vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' co_1', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'assistant as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'connection co_1', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u1', 52);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'a', 'created', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'a', 'updated', 13);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'all', '', 23);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'd', 'd1', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'd', 'd3', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'vector_store.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_4', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_4', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'document', 21);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'assistant.created', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'assistant', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_4', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_4', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'vector_store', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u2', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' wo_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'workflow wo_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_0', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_4', 14);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_7', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'created', 23);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'assistant.updated', 14);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'vector_store.updated', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_7', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_9', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_5', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_9', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_5', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'rule', 24);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'd', 'd2', 35);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_11', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_11', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'vector_store', 30);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_1', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_0', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_1', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_1', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_3', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_1', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'a', 'deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'd', 'd1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'e', 'mcp_configuration.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'i', 'mcp_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'r', 'mcp_configuration mcp_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'u', 'u2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'thr_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'assistant ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'thread thr_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'connection co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'a', 'created', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'e', 'rule.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'i', 'rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'r', 'rule rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 't', 'rule', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'u', 'u1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', ' co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'x', 'connection co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'a', 'deleted', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'a', 'shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'connection.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'connection.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'rule.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'rule.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'vector_store.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'e', 'workflow.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'con_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'con_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'mcp_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'rul_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'rul_8', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'vec_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'i', 'wor_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'connection con_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'connection con_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'mcp_configuration mcp_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'rule rul_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'rule rul_8', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'vector_store vec_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'vector_store vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'r', 'workflow wor_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'connection', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'rule', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 't', 'workflow', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'svc', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', ' wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'connection co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20406, 'x', 'workflow wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'a', 'shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'a', 'deleted', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'a', 'updated', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'a', 'updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'assistant.created', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u4', 24);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'thread', 19);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'assistant.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'assistant.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'connection.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'mcp_configuration.shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'rule.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'workflow.created', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'ass_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'con_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'mcp_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'rul_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'rul_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'wor_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'wor_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'wor_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'assistant ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'assistant ass_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'assistant ass_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'assistant ass_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'connection con_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'mcp_configuration mcp_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'mcp_configuration mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'rule rul_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'rule rul_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'workflow wor_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'workflow wor_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'workflow wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'workflow wor_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'assistant', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'workflow', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'assistant as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'assistant as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'workflow wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_7', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'connection.deleted', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_11', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'connection.created', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_8', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'a', 'updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'i', 'mcp_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'r', 'mcp_configuration mcp_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20396, 'u', 'u2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'a', 'viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'd', 'd1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'd', 'd2', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'd', 'd3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'connection.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'document.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'rule.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'vector_store.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'vector_store.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'e', 'vector_store.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'con_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'rul_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'vec_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'i', 'vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'connection con_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'document doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'mcp_configuration mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'rule rul_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'vector_store vec_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'r', 'vector_store vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'connection', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'document', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'mcp_configuration', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'rule', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 't', 'vector_store', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u2', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'u', 'u5', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' co_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', ' wo_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'connection co_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20407, 'x', 'workflow wo_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'a', 'deleted', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'a', 'viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'd', 'd3', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'assistant.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'assistant.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'connection.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'rule.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'vector_store.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'vector_store.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'workflow.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'ass_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'ass_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'con_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'rul_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'assistant ass_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'a', 'created', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'a', 'updated', 13);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'all', '', 23);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'd', 'd1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'd', 'd2', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'rule.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'vector_store.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'svc', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' as_4', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'assistant as_4', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_11', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_3', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'assistant ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'assistant ass_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'assistant ass_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'connection con_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'document doc_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'mcp_configuration mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'rule rul_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'rule rul_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'rule rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'workflow wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'assistant', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'connection', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'workflow', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u3', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'assistant as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'connection co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'connection co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'connection co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'workflow wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_4', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'rule rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'a', 'shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'd', 'd2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'e', 'mcp_configuration.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'i', 'mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'r', 'mcp_configuration mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'workflow.created', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'rule.deleted', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'a', 'viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'all', '', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'e', 'connection.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'vector_store.deleted', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'ass_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'assistant ass_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' wo_2', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_2', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_1', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_1', 12);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'e', 'mcp_configuration.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'i', 'con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'i', 'mcp_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'r', 'connection con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'r', 'mcp_configuration mcp_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 't', 'connection', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 't', 'mcp_configuration', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'u', 'u1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', ' as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', 'assistant as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20395, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'a', 'shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'thread.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'thread.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'thread.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'thr_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'thr_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'i', 'vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'document doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'rule rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'thread thr_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'thread thr_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'thread thr_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'r', 'vector_store vec_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'document', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'rule', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'thread', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 't', 'vector_store', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u1', 9);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u2', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' as_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', ' wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'assistant as_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'assistant as_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'connection co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20408, 'x', 'workflow wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'a', 'deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'a', 'viewed', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'assistant.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'connection.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'connection.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'document.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'mcp_configuration.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'mcp_configuration.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'thread.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'thread.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'ass_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'thr_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'thr_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'thr_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'thr_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'wor_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'assistant ass_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'assistant ass_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'connection con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'connection con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'document doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'mcp_configuration mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'mcp_configuration mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'mcp_configuration mcp_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'thread thr_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'thread thr_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'thread thr_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'thread thr_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'vector_store vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'workflow wor_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'assistant', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'mcp_configuration', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'thread', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'a', 'updated', 13);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'd', 'd1', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'd', 'd2', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'connection.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'vector_store', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'svc', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'u1', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'u5', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' co_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'assistant as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'connection co_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'connection co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'connection co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'connection.viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'mcp_9', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'mcp_configuration mcp_9', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'vector_store vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'workflow.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'wor_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'workflow wor_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'workflow', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'thread.shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'a', 'created', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'workflow wo_4', 14);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'thread.created', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_9', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_9', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'assistant as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'a', 'updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'all', '', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'd', 'd3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'e', 'document.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'i', 'doc_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'r', 'document doc_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 't', 'document', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20393, 'u', 'u2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'e', 'vector_store.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 't', 'vector_store', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20394, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'd', 'd3', 10);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'connection.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'e', 'rule.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'con_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'con_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'doc_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'i', 'rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'connection con_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'connection con_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'document doc_11', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'r', 'rule rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'connection', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'document', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 't', 'rule', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'u2', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'u3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'u', 'u4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' as_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' co_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'assistant as_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'connection co_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'workflow wo_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'workflow wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20409, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'a', 'updated', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'a', 'viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'd', 'd1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'assistant.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'assistant.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'assistant.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'connection.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'document.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'rule.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'rule.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'thread.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'vector_store.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'workflow.shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'ass_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'ass_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'con_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'doc_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'thr_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'vec_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'wor_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'wor_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'wor_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'assistant ass_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'assistant ass_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'connection con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'connection con_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'document doc_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'document doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'mcp_configuration mcp_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'mcp_configuration mcp_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'rule rul_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'rule rul_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'thread thr_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'vector_store vec_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'workflow wor_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'workflow wor_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'workflow wor_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'workflow wor_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'workflow wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'assistant', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'connection', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'document', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'rule', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'workflow', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u1', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u4', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' co_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'assistant as_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'assistant as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'connection co_5', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'workflow wo_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'document.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_11', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'doc_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'thr_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'wor_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_11', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'document doc_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'thread thr_6', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'workflow wor_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'assistant', 29);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', ' co_2', 11);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'x', 'connection co_2', 11);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'a', 'created', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'a', 'deleted', 5);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'a', 'shared', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'd', 'd2', 6);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'mcp_configuration.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'thread.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'mcp_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'thr_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'i', 'vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'mcp_configuration mcp_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'thread thr_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'r', 'vector_store vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'mcp_configuration', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'thread', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 't', 'vector_store', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u2', 7);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'u', 'u5', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20410, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'a', 'updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'e', 'document.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'con_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'doc_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'connection con_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'document doc_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 't', 'document', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'a', 'updated', 94);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'a', 'viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'all', '', 8);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'mcp_configuration', 27);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'u', 'u1', 4);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'a', 'shared', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'd', 'd1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'd', 'd2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'd', 'd3', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'e', 'connection.shared', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'e', 'thread.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'e', 'vector_store.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'con_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'thr_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'vec_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'connection con_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'thread thr_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'vector_store vec_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'vector_store vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 't', 'connection', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 't', 'thread', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 't', 'vector_store', 2);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'u', 'u2', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'u', 'u3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'assistant as_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'connection co_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'workflow wo_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'd', 'd1', 45);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'd', 'd3', 47);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'e', 'connection.shared', 3);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'i', 'con_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'r', 'connection con_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'connection', 24);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u2', 68);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'all', '', 200);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 't', 'workflow', 26);
INSERT INTO upgrade_fixture.counts VALUES (1, 32, 637, 'u', 'u3', 30);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'e', 'workflow.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'i', 'wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 'r', 'workflow wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (1, 1, 20411, 't', 'workflow', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'd', 'd2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'e', 'connection.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'i', 'con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'r', 'connection con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'u', 'u2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'assistant.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'doc_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'assistant ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'document doc_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'workflow wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'assistant.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'workflow.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'assistant ass_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'workflow wor_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'workflow wo_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'a', 'shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'all', '', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'e', 'vector_store.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 't', 'vector_store', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20396, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'created', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'deleted', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'shared', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'updated', 9);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'a', 'viewed', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'all', '', 22);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'd', 'd1', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'd', 'd2', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'd', 'd3', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'assistant.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'connection.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'document.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'document.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'document.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'mcp_configuration.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'all', '', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 't', 'connection', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'connection.created', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'con_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'connection con_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' wo_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'workflow wo_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'rule.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'rule.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'vector_store.archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'vector_store.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'vector_store.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'vector_store.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'e', 'workflow.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'i', 'wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'assistant ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'connection con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'document doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'document doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'document doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'mcp_configuration mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'mcp_configuration mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'rule rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'rule rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'rule rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'vector_store vec_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'r', 'workflow wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'assistant', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'connection', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'document', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'mcp_configuration', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'rule', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'vector_store', 7);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 't', 'workflow', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'svc', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'u1', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'u2', 9);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'u3', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'u5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' as_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' co_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'assistant as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'assistant as_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'assistant as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'connection co_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'connection co_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'connection co_3', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'connection co_4', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'connection co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'workflow wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20403, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'document.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'doc_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'document doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'document doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'document doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'document doc_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'connection co_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'd', 'd2', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'connection.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'document.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'document.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'document.updated', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'mcp_configuration.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'mcp_configuration.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'rule.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'rule.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.archived', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.updated', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.viewed', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'workflow.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'assistant ass_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'connection con_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'connection con_9', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_0', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'mcp_configuration mcp_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'mcp_configuration mcp_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'rule rul_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'rule rul_6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_11', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_9', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'workflow wor_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'svc', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u6', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' as_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'assistant as_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'assistant as_2', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'assistant as_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'assistant as_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'workflow wo_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'a', 'updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'd', 'd3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'i', 'con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'r', 'connection con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20395, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'a', 'created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'a', 'deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'a', 'shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'a', 'updated', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'a', 'viewed', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'all', '', 15);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'd', 'd1', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'd', 'd3', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'assistant.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'connection.created', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'connection.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'document.viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'mcp_configuration.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'rule.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'vector_store.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'e', 'workflow.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'con_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'wor_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'i', 'wor_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'assistant ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'connection con_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'connection con_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'document doc_1', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'mcp_configuration mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'rule rul_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'vector_store vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'workflow wor_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'r', 'workflow wor_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'assistant', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'connection', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'document', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'mcp_configuration', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'rule', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'vector_store', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 't', 'workflow', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'u', 'u1', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'u', 'u2', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'u', 'u3', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'u', 'u4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'u', 'u5', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' co_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' co_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', ' wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'connection co_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'connection co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'connection co_3', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'connection co_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'workflow wo_0', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'workflow wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 1, 20404, 'x', 'workflow wo_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'created', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'deleted', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'shared', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'updated', 16);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'a', 'viewed', 9);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'all', '', 40);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'd', 'd1', 8);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'd', 'd3', 12);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'assistant.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'connection.updated', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'document.viewed', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'mcp_configuration.deleted', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'rule.shared', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'vector_store.deleted', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'workflow.updated', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'e', 'workflow.viewed', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'con_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'doc_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'rul_8', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'wor_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'i', 'wor_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'assistant ass_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'connection con_7', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'connection con_8', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'document doc_1', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'mcp_configuration mcp_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'rule rul_8', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'vector_store vec_5', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'workflow wor_10', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'r', 'workflow wor_5', 2);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'assistant', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'connection', 6);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'document', 10);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'mcp_configuration', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'rule', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'vector_store', 9);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 't', 'workflow', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u1', 9);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u2', 13);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u3', 8);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u4', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'u', 'u5', 5);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_0', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' co_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' wo_0', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', ' wo_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'assistant as_4', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_0', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_2', 1);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_3', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'connection co_4', 3);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'workflow wo_0', 4);
INSERT INTO upgrade_fixture.counts VALUES (2, 32, 637, 'x', 'workflow wo_4', 1);


--
-- Data for Name: entries_default; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries



--
-- Data for Name: entries_y2025m11; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries

INSERT INTO upgrade_fixture.entries VALUES (1, 1, 1762146892237748, 'log_01M957S793TWXXGTVZ3BAYE66E', 'mcp_configuration', 'mcp_2', 'updated', 'mcp_configuration.updated', 'u2', 'd3', 'acme-evt-0', '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"mcp_configuration.updated","id":"log_01M957S793TWXXGTVZ3BAYE66E","idempotency_key":"acme-evt-0","metadata":{"country":"DE","ip_address":"10.0.0.0","request":{"n":0},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"mcp_2","resource_name":"Zürich Office Assistant","resource_type":"mcp_configuration","sequence":1,"targets":[],"timestamp":"2025-11-03T05:14:52.237748Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x6880c6acf0341deab4e1a57e642be882e07f10efe4a3766fef4e1a2dc463a917');
INSERT INTO upgrade_fixture.entries VALUES (1, 2, 1762824518358042, 'log_01M957S793TWXXGTVZ3BAYE66F', 'connection', 'con_8', 'updated', 'connection.updated', 'u2', NULL, NULL, '''o1xbase'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xknowledge'' ''o1xnavy''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"connection.updated","id":"log_01M957S793TWXXGTVZ3BAYE66F","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"con_8","resource_name":"Knowledge Base","resource_type":"connection","sequence":2,"targets":[],"timestamp":"2025-11-11T01:28:38.358042Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x785851d83f4870cd86709534bf5f4c5abeaa5846efd0dc351bd86c05cb83ac31');
INSERT INTO upgrade_fixture.entries VALUES (1, 3, 1762827205636395, 'log_01M957S793TWXXGTVZ3BAYE66G', 'assistant', 'ass_11', 'updated', 'assistant.updated', 'u2', NULL, NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"assistant.updated","id":"log_01M957S793TWXXGTVZ3BAYE66G","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"ass_11","resource_name":"Zürich Office Assistant","resource_type":"assistant","sequence":3,"targets":[],"timestamp":"2025-11-11T02:13:25.636395Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x5c4ed7e6e037c99df56d358863c631e340b9e27b89a6aab5bcf726b50d66fd73');
INSERT INTO upgrade_fixture.entries VALUES (1, 4, 1762830505769095, 'log_01M957S793TWXXGTVZ3BAYE66H', 'rule', 'rul_10', 'shared', 'rule.shared', 'u5', 'd3', NULL, '''o1xbarbara'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xworkflow''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d3","event":"rule.shared","id":"log_01M957S793TWXXGTVZ3BAYE66H","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"rul_10","resource_name":"Billing Workflow","resource_type":"rule","sequence":4,"targets":[{"id":"wo_4","name":"Weekly Report","type":"workflow"}],"timestamp":"2025-11-11T03:08:25.769095Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xd9367e1d9491ae8573d64079f4a004963ed7bbca3626d71d4172e457a3d7c14c');
INSERT INTO upgrade_fixture.entries VALUES (1, 5, 1762835273526887, 'log_01M957S793TWXXGTVZ3BAYE66J', 'workflow', 'wor_8', 'viewed', 'workflow.viewed', 'u6', 'd1', NULL, '''o1xbase'' ''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknowledge'' ''o1xknuth''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d1","event":"workflow.viewed","id":"log_01M957S793TWXXGTVZ3BAYE66J","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.4.4","request":{"n":4},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"wor_8","resource_name":"Knowledge Base","resource_type":"workflow","sequence":5,"targets":[{"id":"as_4","name":"Customer Support Bot","type":"assistant"}],"timestamp":"2025-11-11T04:27:53.526887Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\x56140aa30d56c642bd92187c83dc4a37edd40fcaf9b7918c40081c1fd84a3ea7');
INSERT INTO upgrade_fixture.entries VALUES (1, 6, 1762839154260526, 'log_01M957S793TWXXGTVZ3BAYE66K', 'rule', 'rul_9', 'updated', 'rule.updated', 'u1', NULL, 'acme-evt-5', '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S793TWXXGTVZ3BAYE66K","idempotency_key":"acme-evt-5","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"rul_9","resource_name":"Customer Support Bot","resource_type":"rule","sequence":6,"targets":[],"timestamp":"2025-11-11T05:32:34.260526Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xcca508c4176ed7f03a4761cd42e755f92e0bc85a95112daa567d873dc36c3e79');
INSERT INTO upgrade_fixture.entries VALUES (1, 7, 1762841818356742, 'log_01M957S793TWXXGTVZ3BAYE66M', 'thread', 'thr_5', 'deleted', 'thread.deleted', 'u1', 'd3', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"thread.deleted","id":"log_01M957S793TWXXGTVZ3BAYE66M","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"thr_5","resource_name":"Customer Support Bot","resource_type":"thread","sequence":7,"targets":[],"timestamp":"2025-11-11T06:16:58.356742Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x71b6eb0acccd734a5e6c2ff3526830d572f4e944b6031fba7e8c0738e55157be');
INSERT INTO upgrade_fixture.entries VALUES (1, 8, 1762846873387287, 'log_01M957S793TWXXGTVZ3BAYE66N', 'vector_store', 'vec_8', 'archived', 'vector_store.archived', 'u1', NULL, NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xoffice'' ''o1xzürich''', '{"action":"archived","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.archived","id":"log_01M957S793TWXXGTVZ3BAYE66N","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"vec_8","resource_name":"Zürich Office Assistant","resource_type":"vector_store","sequence":8,"targets":[],"timestamp":"2025-11-11T07:41:13.387287Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x2084ac19bca3f27743f804417bcba1a926f657b55389c05b42efe33b8ad30e1e');
INSERT INTO upgrade_fixture.entries VALUES (1, 9, 1762849424588656, 'log_01M957S793TWXXGTVZ3BAYE66P', 'vector_store', 'vec_2', 'updated', 'vector_store.updated', 'u3', 'd1', NULL, '''o1xalan'' ''o1xbase'' ''o1xexample'' ''o1xknowledge'' ''o1xorg'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S793TWXXGTVZ3BAYE66P","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.8","request":{"n":8},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"vec_2","resource_name":"Knowledge Base","resource_type":"vector_store","sequence":9,"targets":[{"id":"co_2","name":"Knowledge Base","type":"connection"},{"id":"wo_0","name":"Knowledge Base","type":"workflow"}],"timestamp":"2025-11-11T08:23:44.588656Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x14248b5d2ed7fb91184afa143bb95c493c27ecca88bc669fca659cdabcd965c9');
INSERT INTO upgrade_fixture.entries VALUES (1, 10, 1762853540183260, 'log_01M957S793TWXXGTVZ3BAYE66Q', 'document', 'doc_0', 'shared', 'document.shared', 'u3', 'd3', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d3","event":"document.shared","id":"log_01M957S793TWXXGTVZ3BAYE66Q","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"doc_0","resource_name":"Sales Assistant","resource_type":"document","sequence":10,"targets":[{"id":"wo_5","name":"Weekly Report","type":"workflow"}],"timestamp":"2025-11-11T09:32:20.18326Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xae92d20bbe8a9689ad4bbf900edb8d0c1d5989950c02d7de1cf24d98948422a9');
INSERT INTO upgrade_fixture.entries VALUES (1, 11, 1762857510621690, 'log_01M957S793TWXXGTVZ3BAYE66R', 'assistant', 'ass_10', 'deleted', 'assistant.deleted', 'u5', NULL, 'acme-evt-10', '''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xonboarding'' ''o1xthread''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"assistant.deleted","id":"log_01M957S793TWXXGTVZ3BAYE66R","idempotency_key":"acme-evt-10","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"ass_10","resource_name":"Onboarding Thread","resource_type":"assistant","sequence":11,"targets":[{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-11T10:38:30.62169Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x6e6734eb5010623eb369702b072a1c88de599a69dbf63f4564e3ab3c6171ae16');
INSERT INTO upgrade_fixture.entries VALUES (1, 12, 1762857510621690, 'log_01M957S793TWXXGTVZ3BAYE66S', 'workflow', 'wor_2', 'updated', 'workflow.updated', 'u2', 'd2', NULL, '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"workflow.updated","id":"log_01M957S793TWXXGTVZ3BAYE66S","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"wor_2","resource_name":"Billing Workflow","resource_type":"workflow","sequence":12,"targets":[],"timestamp":"2025-11-11T10:38:30.62169Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xa7e294ebab0e34c8253dc1ffb71866d821f9eeda05a8b5c8e3bbbfdf11165fc7');
INSERT INTO upgrade_fixture.entries VALUES (1, 13, 1762863694592786, 'log_01M957S793TWXXGTVZ3BAYE66T', 'vector_store', 'vec_2', 'created', 'vector_store.created', 'u2', 'd1', NULL, '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"vector_store.created","id":"log_01M957S793TWXXGTVZ3BAYE66T","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.5.12","request":{"n":12},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"vec_2","resource_name":"Supply Chain Connection","resource_type":"vector_store","sequence":13,"targets":[{"id":"as_5","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-11T12:21:34.592786Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x560d659d35ec45035d86299dd75b698056e3c91e6e8e4557baaedfea51bcbdae');
INSERT INTO upgrade_fixture.entries VALUES (1, 14, 1762866348609812, 'log_01M957S793TWXXGTVZ3BAYE66V', 'thread', 'thr_10', 'deleted', 'thread.deleted', 'u3', 'd2', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d2","event":"thread.deleted","id":"log_01M957S793TWXXGTVZ3BAYE66V","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"thr_10","resource_name":"Sales Assistant","resource_type":"thread","sequence":14,"targets":[{"id":"as_4","name":"Onboarding Thread","type":"assistant"},{"id":"as_0","name":"Weekly Report","type":"assistant"}],"timestamp":"2025-11-11T13:05:48.609812Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xc42a56f59bca0a0c2f30df6cc35df1bd042f8847dbc0925cbb88e2ac4a0cf05c');
INSERT INTO upgrade_fixture.entries VALUES (1, 15, 1762870511576609, 'log_01M957S793TWXXGTVZ3BAYE66W', 'mcp_configuration', 'mcp_6', 'deleted', 'mcp_configuration.deleted', 'u4', NULL, NULL, '''o1xassistant'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xoffice'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.deleted","id":"log_01M957S793TWXXGTVZ3BAYE66W","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"mcp_6","resource_name":"Zürich Office Assistant","resource_type":"mcp_configuration","sequence":15,"targets":[],"timestamp":"2025-11-11T14:15:11.576609Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xa93271cbfe9f6630a4ca9e041644012f12c2643ba566919fb15635a658eaa79e');
INSERT INTO upgrade_fixture.entries VALUES (1, 16, 1762874138298822, 'log_01M957S793TWXXGTVZ3BAYE66X', 'document', 'doc_5', 'updated', 'document.updated', 'u2', 'd3', 'acme-evt-15', '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"document.updated","id":"log_01M957S793TWXXGTVZ3BAYE66X","idempotency_key":"acme-evt-15","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"doc_5","resource_name":"Sales Assistant","resource_type":"document","sequence":16,"targets":[{"id":"wo_5","name":"support-bot-v2","type":"workflow"},{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-11T15:15:38.298822Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xfdabc91107bde9a894b28d07cab13c9b4e73ddf38b52ba2ca73f8dc28703cc65');
INSERT INTO upgrade_fixture.entries VALUES (1, 17, 1762879169139311, 'log_01M957S793TWXXGTVZ3BAYE66Y', 'assistant', 'ass_8', 'updated', 'assistant.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"assistant.updated","id":"log_01M957S793TWXXGTVZ3BAYE66Y","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.2.16","request":{"n":16},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"ass_8","resource_name":"Sales Assistant","resource_type":"assistant","sequence":17,"targets":[{"id":"as_1","name":"Sales Assistant","type":"assistant"}],"timestamp":"2025-11-11T16:39:29.139311Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xebcd624abe2b15eaf7d0590a19a081ffbe2e7069d214237438b6d7887d1969a4');
INSERT INTO upgrade_fixture.entries VALUES (1, 18, 1762190635638565, 'log_01M957S793TWXXGTVZ3BAYE66Z', 'mcp_configuration', 'mcp_1', 'deleted', 'mcp_configuration.deleted', 'u3', 'd1', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xoffice'' ''o1xorg'' ''o1xturing'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.deleted","id":"log_01M957S793TWXXGTVZ3BAYE66Z","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"mcp_1","resource_name":"Zürich Office Assistant","resource_type":"mcp_configuration","sequence":18,"targets":[{"id":"wo_1","name":"support-bot-v2","type":"workflow"},{"id":"co_4","name":"Onboarding Thread","type":"connection"}],"timestamp":"2025-11-03T17:23:55.638565Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xd1588a234d34c8badeb965987ad37ca753cb7b13f11eab8c2c66819b3c584346');
INSERT INTO upgrade_fixture.entries VALUES (1, 19, 1762885825848175, 'log_01M957S793TWXXGTVZ3BAYE670', 'document', 'doc_8', 'viewed', 'document.viewed', 'u2', NULL, NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"document.viewed","id":"log_01M957S793TWXXGTVZ3BAYE670","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"doc_8","resource_name":"Onboarding Thread","resource_type":"document","sequence":19,"targets":[{"id":"as_3","name":"Customer Support Bot","type":"assistant"},{"id":"as_2","name":"Onboarding Thread","type":"assistant"}],"timestamp":"2025-11-11T18:30:25.848175Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x2a6dcca89483164f0f57ba51bf6f7955c1b7d54f769c68a4f3099da09751e81a');
INSERT INTO upgrade_fixture.entries VALUES (1, 20, 1762888981840539, 'log_01M957S793TWXXGTVZ3BAYE671', 'assistant', 'ass_5', 'viewed', 'assistant.viewed', 'u2', 'd1', NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d1","event":"assistant.viewed","id":"log_01M957S793TWXXGTVZ3BAYE671","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"ass_5","resource_name":"Sales Assistant","resource_type":"assistant","sequence":20,"targets":[{"id":"wo_4","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-11T19:23:01.840539Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x0e52ebf5a4848b3f61f4c4e8bb8dbfcfa7be0bb686d01a52fff78ff186e1ed65');
INSERT INTO upgrade_fixture.entries VALUES (1, 21, 1762893132712308, 'log_01M957S793TWXXGTVZ3BAYE672', 'assistant', 'ass_4', 'shared', 'assistant.shared', 'u1', 'd2', 'acme-evt-20', '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"assistant.shared","id":"log_01M957S793TWXXGTVZ3BAYE672","idempotency_key":"acme-evt-20","metadata":{"country":"DE","ip_address":"10.0.6.20","request":{"n":20},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"ass_4","resource_name":"support-bot-v2","resource_type":"assistant","sequence":21,"targets":[],"timestamp":"2025-11-11T20:32:12.712308Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x9f04c2250a50ac57723c4340d9397ffcca133f79d1e9c6b70a85f5f43d34d39c');
INSERT INTO upgrade_fixture.entries VALUES (1, 22, 1762895709119571, 'log_01M957S793TWXXGTVZ3BAYE673', 'document', 'doc_10', 'viewed', 'document.viewed', 'u5', NULL, NULL, '''o1xbarbara'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xliskov'' ''o1xsupport''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":null,"event":"document.viewed","id":"log_01M957S793TWXXGTVZ3BAYE673","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"doc_10","resource_name":"Customer Support Bot","resource_type":"document","sequence":22,"targets":[],"timestamp":"2025-11-11T21:15:09.119571Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x1557dd3750011e00ec3e5de2d7273898dd610e2604f326dce31d943328d9952f');
INSERT INTO upgrade_fixture.entries VALUES (1, 23, 1762895709119571, 'log_01M957S794Q69KYTC84JFRM7RT', 'mcp_configuration', 'mcp_8', 'shared', 'mcp_configuration.shared', 'u1', 'd2', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"mcp_configuration.shared","id":"log_01M957S794Q69KYTC84JFRM7RT","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"mcp_8","resource_name":"Customer Support Bot","resource_type":"mcp_configuration","sequence":23,"targets":[{"id":"as_2","name":"Knowledge Base","type":"assistant"},{"id":"as_4","name":"support-bot-v2","type":"assistant"}],"timestamp":"2025-11-11T21:15:09.119571Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x3d3c8e6578493985688104a67745b103954c9542522f53b04a6363179a54c6a4');
INSERT INTO upgrade_fixture.entries VALUES (1, 24, 1762902030175570, 'log_01M957S794Q69KYTC84JFRM7RV', 'mcp_configuration', 'mcp_5', 'deleted', 'mcp_configuration.deleted', 'u4', 'd1', NULL, '''o1xbilling'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xworkflow''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.deleted","id":"log_01M957S794Q69KYTC84JFRM7RV","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"mcp_5","resource_name":"Billing Workflow","resource_type":"mcp_configuration","sequence":24,"targets":[{"id":"as_2","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-11T23:00:30.17557Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x6577e943ffb4eb80463a4fdc23719f39367833f46667d4aa39b426768a759442');
INSERT INTO upgrade_fixture.entries VALUES (1, 25, 1762907805907795, 'log_01M957S794Q69KYTC84JFRM7RW', 'rule', 'rul_3', 'viewed', 'rule.viewed', 'u1', 'd3', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"rule.viewed","id":"log_01M957S794Q69KYTC84JFRM7RW","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.3.24","request":{"n":24},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.416227Z","resource_id":"rul_3","resource_name":"Weekly Report","resource_type":"rule","sequence":25,"targets":[{"id":"wo_2","name":"Sales Assistant","type":"workflow"}],"timestamp":"2025-11-12T00:36:45.907795Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x45fd520265d599f54356582d709becb03fc5d09d2b0435f63a6c48bc2ee2c2b8');
INSERT INTO upgrade_fixture.entries VALUES (1, 26, 1762912005167595, 'log_01M957S7A0KCDQ4BA7XYRW5HHS', 'mcp_configuration', 'mcp_7', 'updated', 'mcp_configuration.updated', 'u2', 'd2', 'acme-evt-25', '''o1xbase'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xknowledge'' ''o1xnavy''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"mcp_configuration.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HHS","idempotency_key":"acme-evt-25","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"mcp_7","resource_name":"Knowledge Base","resource_type":"mcp_configuration","sequence":26,"targets":[],"timestamp":"2025-11-12T01:46:45.167595Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x1c1a3580863d33ea3be7dcfa7773534c598bde3691cc5400dbb6d3738c046577');
INSERT INTO upgrade_fixture.entries VALUES (1, 27, 1762913140155660, 'log_01M957S7A0KCDQ4BA7XYRW5HHT', 'workflow', 'wor_7', 'updated', 'workflow.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xoffice'' ''o1xorg'' ''o1xturing'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"workflow.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HHT","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"wor_7","resource_name":"Zürich Office Assistant","resource_type":"workflow","sequence":27,"targets":[{"id":"co_1","name":"Zürich Office Assistant","type":"connection"},{"id":"wo_1","name":"support-bot-v2","type":"workflow"}],"timestamp":"2025-11-12T02:05:40.15566Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x829e3f0b54af412ea59c3ca21c4de37523928b1475c6487b6b94a7e29285747c');
INSERT INTO upgrade_fixture.entries VALUES (1, 28, 1762917553102207, 'log_01M957S7A0KCDQ4BA7XYRW5HHV', 'rule', 'rul_1', 'updated', 'rule.updated', 'u4', 'd2', NULL, '''o1xbot'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":"d2","event":"rule.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HHV","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"rul_1","resource_name":"support-bot-v2","resource_type":"rule","sequence":28,"targets":[],"timestamp":"2025-11-12T03:19:13.102207Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xd6d7fb50b3cfd54d11e34d319dfcf53cee58c89d74014e343813de61ccb939a8');
INSERT INTO upgrade_fixture.entries VALUES (1, 29, 1762921749330331, 'log_01M957S7A0KCDQ4BA7XYRW5HHW', 'workflow', 'wor_5', 'deleted', 'workflow.deleted', 'u2', NULL, NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"workflow.deleted","id":"log_01M957S7A0KCDQ4BA7XYRW5HHW","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.0.28","request":{"n":28},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"wor_5","resource_name":"Zürich Office Assistant","resource_type":"workflow","sequence":29,"targets":[{"id":"wo_2","name":"Sales Assistant","type":"workflow"},{"id":"as_2","name":"Zürich Office Assistant","type":"assistant"}],"timestamp":"2025-11-12T04:29:09.330331Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xaf5636330fc7b2af7defd5824475e74061c5c81c5d3ec0f7e0ec63f8eda46b00');
INSERT INTO upgrade_fixture.entries VALUES (1, 30, 1762926202593638, 'log_01M957S7A0KCDQ4BA7XYRW5HHX', 'rule', 'rul_5', 'created', 'rule.created', 'u1', 'd1', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d1","event":"rule.created","id":"log_01M957S7A0KCDQ4BA7XYRW5HHX","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"rul_5","resource_name":"Weekly Report","resource_type":"rule","sequence":30,"targets":[{"id":"wo_4","name":"Supply Chain Connection","type":"workflow"}],"timestamp":"2025-11-12T05:43:22.593638Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x047505f183041c283d7104ff4691c2cc426323f7b8652f0e0a717369d278a2f2');
INSERT INTO upgrade_fixture.entries VALUES (1, 31, 1762927489785391, 'log_01M957S7A0KCDQ4BA7XYRW5HHY', 'connection', 'con_1', 'updated', 'connection.updated', 'u1', 'd3', 'acme-evt-30', '''o1xada'' ''o1xcom'' ''o1xescalation'' ''o1xexample'' ''o1xlovelace'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"connection.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HHY","idempotency_key":"acme-evt-30","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"con_1","resource_name":"Escalation Rules","resource_type":"connection","sequence":31,"targets":[{"id":"as_1","name":"Onboarding Thread","type":"assistant"}],"timestamp":"2025-11-12T06:04:49.785391Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xd82bb2403f88ea3815245323dc110583df2227cebcd6d618bfbcbca3ae73feca');
INSERT INTO upgrade_fixture.entries VALUES (1, 32, 1762932370438030, 'log_01M957S7A0KCDQ4BA7XYRW5HHZ', 'vector_store', 'vec_5', 'viewed', 'vector_store.viewed', 'u2', NULL, NULL, '''o1xbot'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport'' ''o1xv2''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.viewed","id":"log_01M957S7A0KCDQ4BA7XYRW5HHZ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"vec_5","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":32,"targets":[],"timestamp":"2025-11-12T07:26:10.43803Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x8a9b642e2f6d87bc204b0d6479bf100b179ed317e2e3ac16e80b73358d113e6d');
INSERT INTO upgrade_fixture.entries VALUES (1, 33, 1762937078720682, 'log_01M957S7A0KCDQ4BA7XYRW5HJ0', 'mcp_configuration', 'mcp_4', 'shared', 'mcp_configuration.shared', 'u1', 'd2', NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsales''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"mcp_configuration.shared","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ0","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.4.32","request":{"n":32},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"mcp_4","resource_name":"Sales Assistant","resource_type":"mcp_configuration","sequence":33,"targets":[],"timestamp":"2025-11-12T08:44:38.720682Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xcc83eff646dbfde2462a3f21d2699e98df307be416409950a51737fd58a49469');
INSERT INTO upgrade_fixture.entries VALUES (1, 34, 1762937078720682, 'log_01M957S7A0KCDQ4BA7XYRW5HJ1', 'rule', 'rul_4', 'updated', 'rule.updated', 'u4', 'd3', NULL, '''o1xbilling'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d3","event":"rule.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ1","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"rul_4","resource_name":"Billing Workflow","resource_type":"rule","sequence":34,"targets":[{"id":"co_1","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T08:44:38.720682Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xe7c46cd13a453060ae71fe21bcb9e0d6d15e14ba4c8af537904276ab06549dd9');
INSERT INTO upgrade_fixture.entries VALUES (1, 35, 1762253463173497, 'log_01M957S7A0KCDQ4BA7XYRW5HJ2', 'assistant', 'ass_0', 'deleted', 'assistant.deleted', 'u1', NULL, NULL, '''o1xada'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xlovelace''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"assistant.deleted","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ2","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"ass_0","resource_name":"Knowledge Base","resource_type":"assistant","sequence":35,"targets":[{"id":"as_4","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-04T10:51:03.173497Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x90b00fe56756ffa08f6d60296cb9bb385f19f46f3437915a0b39a26d2454f982');
INSERT INTO upgrade_fixture.entries VALUES (1, 36, 1762945864297016, 'log_01M957S7A0KCDQ4BA7XYRW5HJ3', 'vector_store', 'vec_6', 'viewed', 'vector_store.viewed', 'u4', 'd2', 'acme-evt-35', '''o1xassistant'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsales''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.viewed","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ3","idempotency_key":"acme-evt-35","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"vec_6","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":36,"targets":[],"timestamp":"2025-11-12T11:11:04.297016Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xaca52ae7d8920024b5678387fbc9756c6d18df234ae692bcfafeccd296642ba8');
INSERT INTO upgrade_fixture.entries VALUES (1, 37, 1762949742006898, 'log_01M957S7A0KCDQ4BA7XYRW5HJ4', 'rule', 'rul_10', 'viewed', 'rule.viewed', 'u1', 'd1', NULL, '''o1xada'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xlovelace'' ''o1xsupply''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"rule.viewed","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ4","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.1.36","request":{"n":36},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"rul_10","resource_name":"Supply Chain Connection","resource_type":"rule","sequence":37,"targets":[{"id":"co_1","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T12:15:42.006898Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x4269925ebccc773cfcd98cebbb8afbd2c2d387e8f90f52a974f1f8227789ffb7');
INSERT INTO upgrade_fixture.entries VALUES (1, 38, 1762954383758977, 'log_01M957S7A0KCDQ4BA7XYRW5HJ5', 'workflow', 'wor_7', 'shared', 'workflow.shared', 'u3', 'd2', NULL, '''o1xalan'' ''o1xbilling'' ''o1xexample'' ''o1xorg'' ''o1xturing'' ''o1xworkflow''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"workflow.shared","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ5","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"wor_7","resource_name":"Billing Workflow","resource_type":"workflow","sequence":38,"targets":[],"timestamp":"2025-11-12T13:33:03.758977Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x502bc51814a310e3374eba9da8764a60eb5734b93eeb1ad1e894e2ec421801a8');
INSERT INTO upgrade_fixture.entries VALUES (1, 39, 1762956932944508, 'log_01M957S7A0KCDQ4BA7XYRW5HJ6', 'mcp_configuration', 'mcp_6', 'shared', 'mcp_configuration.shared', 'u4', NULL, NULL, '''o1xchain'' ''o1xconnection'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupply''', '{"action":"shared","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.shared","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ6","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"mcp_6","resource_name":"Supply Chain Connection","resource_type":"mcp_configuration","sequence":39,"targets":[{"id":"co_1","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T14:15:32.944508Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xee3676bf5de7bb6dec271e92f92e61ca6057a75e7c282d3fc0156b4f4ba53733');
INSERT INTO upgrade_fixture.entries VALUES (1, 40, 1762960310694890, 'log_01M957S7A0KCDQ4BA7XYRW5HJ7', 'mcp_configuration', 'mcp_0', 'updated', 'mcp_configuration.updated', 'u2', 'd1', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d1","event":"mcp_configuration.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"mcp_0","resource_name":"Weekly Report","resource_type":"mcp_configuration","sequence":40,"targets":[{"id":"co_3","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-12T15:11:50.69489Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x9a65cb1bfabb51d812c05eacb2c6dc13e38541fe4ee44074de7a298a8d8f85fb');
INSERT INTO upgrade_fixture.entries VALUES (1, 41, 1762963324562756, 'log_01M957S7A0KCDQ4BA7XYRW5HJ8', 'workflow', 'wor_7', 'updated', 'workflow.updated', 'u4', 'd2', 'acme-evt-40', '''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"workflow.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ8","idempotency_key":"acme-evt-40","metadata":{"country":"CH","ip_address":"10.0.5.40","request":{"n":40},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"wor_7","resource_name":"Onboarding Thread","resource_type":"workflow","sequence":41,"targets":[],"timestamp":"2025-11-12T16:02:04.562756Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x8a95ab93121005874e23823d56aa9026354672bca74d9ac942671deaa7e410d0');
INSERT INTO upgrade_fixture.entries VALUES (1, 42, 1762967309119971, 'log_01M957S7A0KCDQ4BA7XYRW5HJ9', 'workflow', 'wor_7', 'updated', 'workflow.updated', 'u1', 'd1', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"workflow.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJ9","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"wor_7","resource_name":"Customer Support Bot","resource_type":"workflow","sequence":42,"targets":[{"id":"co_5","name":"Escalation Rules","type":"connection"}],"timestamp":"2025-11-12T17:08:29.119971Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x4f9853b2d19e3bacbfd66e2185788f607488220d135aaa38efeba6494295c3c0');
INSERT INTO upgrade_fixture.entries VALUES (1, 43, 1762972519377961, 'log_01M957S7A0KCDQ4BA7XYRW5HJA', 'vector_store', 'vec_9', 'updated', 'vector_store.updated', 'u2', 'd1', NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJA","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"vec_9","resource_name":"Customer Support Bot","resource_type":"vector_store","sequence":43,"targets":[{"id":"as_4","name":"support-bot-v2","type":"assistant"},{"id":"wo_5","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-12T18:35:19.377961Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xeb2ab141cc44a74c23d28a1f52ababb03dba494dafd4d79131da13d12e86fecc');
INSERT INTO upgrade_fixture.entries VALUES (1, 44, 1762976523085637, 'log_01M957S7A0KCDQ4BA7XYRW5HJB', 'vector_store', 'vec_7', 'updated', 'vector_store.updated', 'u2', NULL, NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"vec_7","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":44,"targets":[],"timestamp":"2025-11-12T19:42:03.085637Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3f5e9d72b5180e50359810cb87023c7e7c9e01c7e0cc2d6b7e14c31046e7edd2');
INSERT INTO upgrade_fixture.entries VALUES (1, 45, 1762976523085637, 'log_01M957S7A0KCDQ4BA7XYRW5HJC', 'assistant', 'ass_7', 'updated', 'assistant.updated', 'u3', 'd3', NULL, '''o1xalan'' ''o1xexample'' ''o1xorg'' ''o1xreport'' ''o1xturing'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJC","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.2.44","request":{"n":44},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"ass_7","resource_name":"Weekly Report","resource_type":"assistant","sequence":45,"targets":[{"id":"as_1","name":"Customer Support Bot","type":"assistant"}],"timestamp":"2025-11-12T19:42:03.085637Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x2e5dbc3da531d38c044fa3181205c9d5007a92daa82d0cae5514610fc863e5c5');
INSERT INTO upgrade_fixture.entries VALUES (1, 46, 1762983324942756, 'log_01M957S7A0KCDQ4BA7XYRW5HJD', 'thread', 'thr_2', 'viewed', 'thread.viewed', 'u3', 'd1', 'acme-evt-45', '''o1xalan'' ''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xorg'' ''o1xsupply'' ''o1xturing''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d1","event":"thread.viewed","id":"log_01M957S7A0KCDQ4BA7XYRW5HJD","idempotency_key":"acme-evt-45","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"thr_2","resource_name":"Supply Chain Connection","resource_type":"thread","sequence":46,"targets":[{"id":"co_0","name":"Customer Support Bot","type":"connection"},{"id":"co_3","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-12T21:35:24.942756Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xabacf967328195d78cff4b8234383ded1dfa42be4a41d870400a277ae3e187d0');
INSERT INTO upgrade_fixture.entries VALUES (1, 47, 1762987459687821, 'log_01M957S7A0KCDQ4BA7XYRW5HJE', 'document', 'doc_8', 'updated', 'document.updated', 'u2', 'd1', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"document.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJE","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"doc_8","resource_name":"Weekly Report","resource_type":"document","sequence":47,"targets":[{"id":"wo_4","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-12T22:44:19.687821Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xfcc905e22727de4e8e882fd4aefbd37792c81646e16cfa41305281f0fc531552');
INSERT INTO upgrade_fixture.entries VALUES (1, 48, 1762990349573731, 'log_01M957S7A0KCDQ4BA7XYRW5HJF', 'thread', 'thr_4', 'updated', 'thread.updated', 'u2', 'd3', NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"thread.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJF","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"thr_4","resource_name":"Escalation Rules","resource_type":"thread","sequence":48,"targets":[{"id":"as_4","name":"Customer Support Bot","type":"assistant"},{"id":"as_0","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-12T23:32:29.573731Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x36ae7f8b469c274926ae81f7b048c4dd8f2c1f6ce4e3d4aa34d0435898ad8427');
INSERT INTO upgrade_fixture.entries VALUES (1, 49, 1762992425013575, 'log_01M957S7A0KCDQ4BA7XYRW5HJG', 'assistant', 'ass_8', 'updated', 'assistant.updated', 'u2', NULL, NULL, '''o1xbase'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xknowledge'' ''o1xnavy''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"assistant.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJG","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.6.48","request":{"n":48},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"ass_8","resource_name":"Knowledge Base","resource_type":"assistant","sequence":49,"targets":[],"timestamp":"2025-11-13T00:07:05.013575Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x130622c2f000c6a5bf1f724c672f8c083f3610c94e30d8996a624f0a7862ab1a');
INSERT INTO upgrade_fixture.entries VALUES (1, 50, 1762998247117993, 'log_01M957S7A0KCDQ4BA7XYRW5HJH', 'thread', 'thr_4', 'updated', 'thread.updated', 'u3', 'd1', NULL, '''o1xalan'' ''o1xbot'' ''o1xexample'' ''o1xorg'' ''o1xsupport'' ''o1xturing'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"thread.updated","id":"log_01M957S7A0KCDQ4BA7XYRW5HJH","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.434115Z","resource_id":"thr_4","resource_name":"support-bot-v2","resource_type":"thread","sequence":50,"targets":[{"id":"co_1","name":"Billing Workflow","type":"connection"},{"id":"co_2","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-13T01:44:07.117993Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x2ded7224ad22962a171ce4273078022c8d4afb078deb3b2f3f85b727a4e02189');
INSERT INTO upgrade_fixture.entries VALUES (1, 51, 1763000408230952, 'log_01M957S7A7RK63XGY6F65DFVG0', 'workflow', 'wor_6', 'shared', 'workflow.shared', 'u2', 'd1', 'acme-evt-50', '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d1","event":"workflow.shared","id":"log_01M957S7A7RK63XGY6F65DFVG0","idempotency_key":"acme-evt-50","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"wor_6","resource_name":"Billing Workflow","resource_type":"workflow","sequence":51,"targets":[{"id":"wo_3","name":"Zürich Office Assistant","type":"workflow"}],"timestamp":"2025-11-13T02:20:08.230952Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xa28e606e72109f3153afff1743282b729c884e04e8d7c1393b9d2f098d24fbd1');
INSERT INTO upgrade_fixture.entries VALUES (1, 52, 1762373508809852, 'log_01M957S7A7RK63XGY6F65DFVG1', 'mcp_configuration', 'mcp_10', 'viewed', 'mcp_configuration.viewed', 'u4', NULL, NULL, '''o1xdijkstra'' ''o1xedsger'' ''o1xescalation'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xrules''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":null,"event":"mcp_configuration.viewed","id":"log_01M957S7A7RK63XGY6F65DFVG1","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"mcp_10","resource_name":"Escalation Rules","resource_type":"mcp_configuration","sequence":52,"targets":[],"timestamp":"2025-11-05T20:11:48.809852Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x2253d6b37fc3caf4b0a6411347b83761077080a8ab937ac1c47bcc0f5556b1fc');
INSERT INTO upgrade_fixture.entries VALUES (1, 53, 1763006929870751, 'log_01M957S7A7RK63XGY6F65DFVG2', 'mcp_configuration', 'mcp_11', 'viewed', 'mcp_configuration.viewed', 'u5', 'd3', NULL, '''o1xassistant'' ''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xsales''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.viewed","id":"log_01M957S7A7RK63XGY6F65DFVG2","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.3.52","request":{"n":52},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"mcp_11","resource_name":"Sales Assistant","resource_type":"mcp_configuration","sequence":53,"targets":[],"timestamp":"2025-11-13T04:08:49.870751Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x6fcf10439686eb7325ef132bdeded4aa9793b3c64edb4f14bbaceb03fc400fa7');
INSERT INTO upgrade_fixture.entries VALUES (1, 54, 1763011289397591, 'log_01M957S7A7RK63XGY6F65DFVG3', 'rule', 'rul_3', 'viewed', 'rule.viewed', 'u4', 'd1', NULL, '''o1xbot'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupport'' ''o1xv2''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d1","event":"rule.viewed","id":"log_01M957S7A7RK63XGY6F65DFVG3","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"rul_3","resource_name":"support-bot-v2","resource_type":"rule","sequence":54,"targets":[],"timestamp":"2025-11-13T05:21:29.397591Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xefbf8976e3d616a3ed62e13a9d0a6c2dba41ee14d98f5240bca1e6d116d361ce');
INSERT INTO upgrade_fixture.entries VALUES (1, 55, 1763015401960519, 'log_01M957S7A7RK63XGY6F65DFVG4', 'document', 'doc_5', 'updated', 'document.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xlovelace'' ''o1xsupply''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"document.updated","id":"log_01M957S7A7RK63XGY6F65DFVG4","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"doc_5","resource_name":"Supply Chain Connection","resource_type":"document","sequence":55,"targets":[],"timestamp":"2025-11-13T06:30:01.960519Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xd44c95e0bfb6e99e6341965cea2b47aa732ffe4de92d22e67e43b0c6a0145b4c');
INSERT INTO upgrade_fixture.entries VALUES (1, 56, 1763015401960519, 'log_01M957S7A7RK63XGY6F65DFVG5', 'connection', 'con_0', 'updated', 'connection.updated', 'u1', 'd1', 'acme-evt-55', '''o1xada'' ''o1xcom'' ''o1xescalation'' ''o1xexample'' ''o1xlovelace'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"connection.updated","id":"log_01M957S7A7RK63XGY6F65DFVG5","idempotency_key":"acme-evt-55","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"con_0","resource_name":"Escalation Rules","resource_type":"connection","sequence":56,"targets":[{"id":"co_2","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-13T06:30:01.960519Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xd29c728cb4de8f25941f22a36c8b81a723eb7aab4d260a172b9e9d9a513b8d7e');
INSERT INTO upgrade_fixture.entries VALUES (1, 57, 1763022988041972, 'log_01M957S7A7RK63XGY6F65DFVG6', 'mcp_configuration', 'mcp_8', 'deleted', 'mcp_configuration.deleted', 'u1', 'd1', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.deleted","id":"log_01M957S7A7RK63XGY6F65DFVG6","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.0.56","request":{"n":56},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"mcp_8","resource_name":"Customer Support Bot","resource_type":"mcp_configuration","sequence":57,"targets":[{"id":"as_5","name":"support-bot-v2","type":"assistant"},{"id":"as_5","name":"Onboarding Thread","type":"assistant"}],"timestamp":"2025-11-13T08:36:28.041972Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x52dc71594b876ec23d667703d2e4d5c664a7a348da6021c81d7fdc8ea9e2ef39');
INSERT INTO upgrade_fixture.entries VALUES (1, 58, 1763025377960463, 'log_01M957S7A7RK63XGY6F65DFVG7', 'rule', 'rul_4', 'viewed', 'rule.viewed', 'u5', NULL, NULL, '''o1xbarbara'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xsupport'' ''o1xv2''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":null,"event":"rule.viewed","id":"log_01M957S7A7RK63XGY6F65DFVG7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"rul_4","resource_name":"support-bot-v2","resource_type":"rule","sequence":58,"targets":[{"id":"wo_1","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-13T09:16:17.960463Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xe3df7acbf5a45c496dadd9c1c64d128f7d200b19a24bb25e78d2fb9c99f06706');
INSERT INTO upgrade_fixture.entries VALUES (1, 59, 1763030078187682, 'log_01M957S7A7RK63XGY6F65DFVG8', 'workflow', 'wor_11', 'updated', 'workflow.updated', 'u4', NULL, NULL, '''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"workflow.updated","id":"log_01M957S7A7RK63XGY6F65DFVG8","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"wor_11","resource_name":"Weekly Report","resource_type":"workflow","sequence":59,"targets":[],"timestamp":"2025-11-13T10:34:38.187682Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x647709a7853a1fdc3575306e534df028ca238a7875f3bab3e680a68b827a2a80');
INSERT INTO upgrade_fixture.entries VALUES (1, 60, 1763033166641554, 'log_01M957S7A7RK63XGY6F65DFVG9', 'assistant', 'ass_10', 'updated', 'assistant.updated', 'u2', 'd1', NULL, '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"assistant.updated","id":"log_01M957S7A7RK63XGY6F65DFVG9","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"ass_10","resource_name":"Supply Chain Connection","resource_type":"assistant","sequence":60,"targets":[{"id":"wo_1","name":"Onboarding Thread","type":"workflow"}],"timestamp":"2025-11-13T11:26:06.641554Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x1aa9659d197068c596d95e6ae49aa7916cf9dbc5e1ea698d2b837fe53468be93');
INSERT INTO upgrade_fixture.entries VALUES (1, 61, 1763036539352341, 'log_01M957S7A7RK63XGY6F65DFVGA', 'assistant', 'ass_7', 'updated', 'assistant.updated', 'u2', NULL, 'acme-evt-60', '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"assistant.updated","id":"log_01M957S7A7RK63XGY6F65DFVGA","idempotency_key":"acme-evt-60","metadata":{"country":"CH","ip_address":"10.0.4.60","request":{"n":60},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"ass_7","resource_name":"Sales Assistant","resource_type":"assistant","sequence":61,"targets":[{"id":"as_5","name":"Weekly Report","type":"assistant"}],"timestamp":"2025-11-13T12:22:19.352341Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x990618826163fc93e08a30306a3b2359c80f801ab2dbc3b35e2625b5839c697e');
INSERT INTO upgrade_fixture.entries VALUES (1, 62, 1763039230662370, 'log_01M957S7A7RK63XGY6F65DFVGB', 'thread', 'thr_7', 'updated', 'thread.updated', 'u1', 'd3', NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"thread.updated","id":"log_01M957S7A7RK63XGY6F65DFVGB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"thr_7","resource_name":"Sales Assistant","resource_type":"thread","sequence":62,"targets":[],"timestamp":"2025-11-13T13:07:10.66237Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xfbd313eaed523de5c52e84be7b61073d363602eeb14e47e94ec282bbbc1c27c6');
INSERT INTO upgrade_fixture.entries VALUES (1, 63, 1763043723242437, 'log_01M957S7A7RK63XGY6F65DFVGC', 'vector_store', 'vec_4', 'updated', 'vector_store.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xoffice'' ''o1xorg'' ''o1xturing'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7A7RK63XGY6F65DFVGC","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"vec_4","resource_name":"Zürich Office Assistant","resource_type":"vector_store","sequence":63,"targets":[],"timestamp":"2025-11-13T14:22:03.242437Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x01c2666884f4cce05ac8e0db4927cc10fca8fd9b6a1c6b27642aa2017591ec49');
INSERT INTO upgrade_fixture.entries VALUES (1, 64, 1763046662516378, 'log_01M957S7A7RK63XGY6F65DFVGD', 'document', 'doc_3', 'deleted', 'document.deleted', 'u3', 'd1', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d1","event":"document.deleted","id":"log_01M957S7A7RK63XGY6F65DFVGD","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"doc_3","resource_name":"Sales Assistant","resource_type":"document","sequence":64,"targets":[],"timestamp":"2025-11-13T15:11:02.516378Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xd19391575010126b73d9e1c1803e2cf782a0e391598527c42692f48372e2359b');
INSERT INTO upgrade_fixture.entries VALUES (1, 65, 1763052527961313, 'log_01M957S7A7RK63XGY6F65DFVGE', 'rule', 'rul_3', 'created', 'rule.created', 'u1', 'd3', NULL, '''o1xada'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xlovelace''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d3","event":"rule.created","id":"log_01M957S7A7RK63XGY6F65DFVGE","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.64","request":{"n":64},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"rul_3","resource_name":"Knowledge Base","resource_type":"rule","sequence":65,"targets":[],"timestamp":"2025-11-13T16:48:47.961313Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xa480d7384d987ff00de8413bf096acb3c48058c4c96ec0af900f8f69c6b4c163');
INSERT INTO upgrade_fixture.entries VALUES (1, 66, 1763055558963802, 'log_01M957S7A7RK63XGY6F65DFVGF', 'workflow', 'wor_9', 'deleted', 'workflow.deleted', 'u2', NULL, 'acme-evt-65', '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"workflow.deleted","id":"log_01M957S7A7RK63XGY6F65DFVGF","idempotency_key":"acme-evt-65","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"wor_9","resource_name":"Customer Support Bot","resource_type":"workflow","sequence":66,"targets":[],"timestamp":"2025-11-13T17:39:18.963802Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x44ad5552131618d2d889e80598df9f5a002f5eeaeb304d32cdd04c73bff9e689');
INSERT INTO upgrade_fixture.entries VALUES (1, 67, 1763055558963802, 'log_01M957S7A7RK63XGY6F65DFVGG', 'document', 'doc_5', 'updated', 'document.updated', 'u2', NULL, NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"document.updated","id":"log_01M957S7A7RK63XGY6F65DFVGG","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"doc_5","resource_name":"Zürich Office Assistant","resource_type":"document","sequence":67,"targets":[{"id":"co_0","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-13T17:39:18.963802Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x7bf1110f40ab371ccc5c166571fa5d650f1b5eefc57598592fd7b6e0e36e54d3');
INSERT INTO upgrade_fixture.entries VALUES (1, 68, 1763062958564402, 'log_01M957S7A7RK63XGY6F65DFVGH', 'thread', 'thr_4', 'updated', 'thread.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"thread.updated","id":"log_01M957S7A7RK63XGY6F65DFVGH","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"thr_4","resource_name":"support-bot-v2","resource_type":"thread","sequence":68,"targets":[],"timestamp":"2025-11-13T19:42:38.564402Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xd977ec1f5c9f0932020fb4acd90447abf2aa93d08deeb2ca0883898507ff024b');
INSERT INTO upgrade_fixture.entries VALUES (1, 69, 1762053158958202, 'log_01M957S7A7RK63XGY6F65DFVGJ', 'workflow', 'wor_5', 'viewed', 'workflow.viewed', 'u3', 'd3', NULL, '''o1xalan'' ''o1xexample'' ''o1xonboarding'' ''o1xorg'' ''o1xthread'' ''o1xturing''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"workflow.viewed","id":"log_01M957S7A7RK63XGY6F65DFVGJ","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.5.68","request":{"n":68},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"wor_5","resource_name":"Onboarding Thread","resource_type":"workflow","sequence":69,"targets":[{"id":"as_1","name":"support-bot-v2","type":"assistant"}],"timestamp":"2025-11-02T03:12:38.958202Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x07f6528831dfef444995c00daa55ca20cf4ea7f361b093883cccb9d8a5216624');
INSERT INTO upgrade_fixture.entries VALUES (1, 70, 1763068484324796, 'log_01M957S7A7RK63XGY6F65DFVGK', 'vector_store', 'vec_9', 'updated', 'vector_store.updated', 'u4', NULL, NULL, '''o1xbot'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7A7RK63XGY6F65DFVGK","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"vec_9","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":70,"targets":[{"id":"as_4","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-13T21:14:44.324796Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x3bc4e72706a2c86d98aa080d891ff94b519a553e7d5ef57e2c676f05d1a35e43');
INSERT INTO upgrade_fixture.entries VALUES (1, 71, 1763073364969516, 'log_01M957S7A7RK63XGY6F65DFVGM', 'assistant', 'ass_5', 'shared', 'assistant.shared', 'u6', 'd3', 'acme-evt-70', '''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xonboarding'' ''o1xthread''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.shared","id":"log_01M957S7A7RK63XGY6F65DFVGM","idempotency_key":"acme-evt-70","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"ass_5","resource_name":"Onboarding Thread","resource_type":"assistant","sequence":71,"targets":[],"timestamp":"2025-11-13T22:36:04.969516Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\xca8f74df83b55da3295099ce22594d428a9e8e3abc0f8effcf1615a4c103507b');
INSERT INTO upgrade_fixture.entries VALUES (1, 72, 1763076044192436, 'log_01M957S7A7RK63XGY6F65DFVGN', 'assistant', 'ass_1', 'viewed', 'assistant.viewed', 'u6', 'd3', NULL, '''o1xbilling'' ''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xworkflow''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.viewed","id":"log_01M957S7A7RK63XGY6F65DFVGN","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"ass_1","resource_name":"Billing Workflow","resource_type":"assistant","sequence":72,"targets":[{"id":"wo_4","name":"Sales Assistant","type":"workflow"},{"id":"wo_2","name":"Onboarding Thread","type":"workflow"}],"timestamp":"2025-11-13T23:20:44.192436Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\x673eea3827d02e68d13c698299b2113db64a5e788e3de4d4b39a16ec0df0887f');
INSERT INTO upgrade_fixture.entries VALUES (2, 27, 1762913823564337, 'log_01M957S7C4N3Y5DRBN50M1CTNH', 'document', 'doc_9', 'updated', 'document.updated', 'u2', NULL, NULL, '''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xreport'' ''o2xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"document.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNH","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_9","resource_name":"Weekly Report","resource_type":"document","sequence":27,"targets":[],"timestamp":"2025-11-12T02:17:03.564337Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xa2fc0613c4d9f1a49d764937da746bff2938a6ebb5f2f27d6e03a2a5b0058b4b');
INSERT INTO upgrade_fixture.entries VALUES (1, 73, 1763079701152219, 'log_01M957S7A7RK63XGY6F65DFVGP', 'document', 'doc_7', 'updated', 'document.updated', 'u2', 'd2', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d2","event":"document.updated","id":"log_01M957S7A7RK63XGY6F65DFVGP","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.2.72","request":{"n":72},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"doc_7","resource_name":"Weekly Report","resource_type":"document","sequence":73,"targets":[{"id":"wo_3","name":"Customer Support Bot","type":"workflow"},{"id":"wo_4","name":"Sales Assistant","type":"workflow"}],"timestamp":"2025-11-14T00:21:41.152219Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x7d329f4220e78cd2ed5429dfbd43096ddad201bad00ceca14b1a725e6b876d2f');
INSERT INTO upgrade_fixture.entries VALUES (1, 74, 1763084382221058, 'log_01M957S7A7RK63XGY6F65DFVGQ', 'thread', 'thr_7', 'updated', 'thread.updated', 'u2', NULL, NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"thread.updated","id":"log_01M957S7A7RK63XGY6F65DFVGQ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"thr_7","resource_name":"Escalation Rules","resource_type":"thread","sequence":74,"targets":[{"id":"co_1","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-14T01:39:42.221058Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xb2f792a16f2712889811afa620c6f70cf49c2821482dd8db9641788bbef3f2bb');
INSERT INTO upgrade_fixture.entries VALUES (1, 75, 1763088289160591, 'log_01M957S7A7RK63XGY6F65DFVGR', 'document', 'doc_4', 'updated', 'document.updated', 'u2', 'd1', NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"document.updated","id":"log_01M957S7A7RK63XGY6F65DFVGR","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.441073Z","resource_id":"doc_4","resource_name":"Escalation Rules","resource_type":"document","sequence":75,"targets":[{"id":"as_3","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-14T02:44:49.160591Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x8015173d23cc3bec27dd3c11abd9b7ae70060b4d20ffcb47068decdcd1fe2148');
INSERT INTO upgrade_fixture.entries VALUES (1, 76, 1763089862617178, 'log_01M957S7AFYA5553NR69YHA9R1', 'assistant', 'ass_10', 'updated', 'assistant.updated', 'u5', 'd1', 'acme-evt-75', '''o1xbarbara'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xliskov''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"assistant.updated","id":"log_01M957S7AFYA5553NR69YHA9R1","idempotency_key":"acme-evt-75","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.449081Z","resource_id":"ass_10","resource_name":"Knowledge Base","resource_type":"assistant","sequence":76,"targets":[],"timestamp":"2025-11-14T03:11:02.617178Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x9c30cd5e3d9a0a76402321bd30b1bf0712bb6e2175a95d6a85d10f4914debe68');
INSERT INTO upgrade_fixture.entries VALUES (1, 77, 1763093963092997, 'log_01M957S7AFYA5553NR69YHA9R2', 'assistant', 'ass_9', 'created', 'assistant.created', 'u4', 'd3', NULL, '''o1xbase'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xknowledge'' ''o1xnl''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.created","id":"log_01M957S7AFYA5553NR69YHA9R2","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.6.76","request":{"n":76},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.449081Z","resource_id":"ass_9","resource_name":"Knowledge Base","resource_type":"assistant","sequence":77,"targets":[{"id":"as_5","name":"Escalation Rules","type":"assistant"},{"id":"co_1","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-14T04:19:23.092997Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xf98898ab489e3f7a47f3babdfb0a4814ee5f5c4e4327d5ed9d3ad72543dcc169');
INSERT INTO upgrade_fixture.entries VALUES (1, 78, 1763093963092997, 'log_01M957S7AFYA5553NR69YHA9R3', 'assistant', 'ass_6', 'created', 'assistant.created', 'u4', NULL, NULL, '''o1xbot'' ''o1xcustomer'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupport''', '{"action":"created","actor_type":"user","changes":[],"department_id":null,"event":"assistant.created","id":"log_01M957S7AFYA5553NR69YHA9R3","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.449081Z","resource_id":"ass_6","resource_name":"Customer Support Bot","resource_type":"assistant","sequence":78,"targets":[{"id":"co_1","name":"support-bot-v2","type":"connection"}],"timestamp":"2025-11-14T04:19:23.092997Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x4546ce0b3c13302eaff1df183f180029ad091ba80da96e3d3ff745f97e206727');
INSERT INTO upgrade_fixture.entries VALUES (1, 79, 1763102074324006, 'log_01M957S7AFYA5553NR69YHA9R4', 'vector_store', 'vec_9', 'updated', 'vector_store.updated', 'u2', 'd1', NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7AFYA5553NR69YHA9R4","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.449081Z","resource_id":"vec_9","resource_name":"Zürich Office Assistant","resource_type":"vector_store","sequence":79,"targets":[],"timestamp":"2025-11-14T06:34:34.324006Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xc3db9f633be5d243d0a2259997de53db9ac72447ce49470feee88c47d72f5ced');
INSERT INTO upgrade_fixture.entries VALUES (1, 80, 1763105103310657, 'log_01M957S7AFYA5553NR69YHA9R5', 'vector_store', 'vec_11', 'created', 'vector_store.created', 'u3', 'd2', NULL, '''o1xalan'' ''o1xbot'' ''o1xexample'' ''o1xorg'' ''o1xsupport'' ''o1xturing'' ''o1xv2''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.created","id":"log_01M957S7AFYA5553NR69YHA9R5","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.449081Z","resource_id":"vec_11","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":80,"targets":[{"id":"wo_5","name":"Weekly Report","type":"workflow"},{"id":"wo_2","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-14T07:25:03.310657Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x7b050d5b482531f4ac65a7268b40e12ad65733a06c74c598494bb6bde72d3dd5');
INSERT INTO upgrade_fixture.entries VALUES (1, 81, 1763108016378704, 'log_01M957S7AKZQTNK2M8ZCBWP9K2', 'rule', 'rul_8', 'updated', 'rule.updated', 'u1', NULL, 'acme-evt-80', '''o1xada'' ''o1xcom'' ''o1xescalation'' ''o1xexample'' ''o1xlovelace'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S7AKZQTNK2M8ZCBWP9K2","idempotency_key":"acme-evt-80","metadata":{"country":"US","ip_address":"10.0.3.80","request":{"n":80},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45277Z","resource_id":"rul_8","resource_name":"Escalation Rules","resource_type":"rule","sequence":81,"targets":[],"timestamp":"2025-11-14T08:13:36.378704Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x837ac54194a6bd1f27a7281c063bdda193314a2c97cd0c5cf3a15eeaa03575eb');
INSERT INTO upgrade_fixture.entries VALUES (1, 82, 1763112528109232, 'log_01M957S7AP70RPRZ2PG7Z4JT7A', 'assistant', 'ass_4', 'created', 'assistant.created', 'u3', 'd3', NULL, '''o1xalan'' ''o1xbot'' ''o1xexample'' ''o1xorg'' ''o1xsupport'' ''o1xturing'' ''o1xv2''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":"d3","event":"assistant.created","id":"log_01M957S7AP70RPRZ2PG7Z4JT7A","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.455714Z","resource_id":"ass_4","resource_name":"support-bot-v2","resource_type":"assistant","sequence":82,"targets":[{"id":"co_4","name":"Supply Chain Connection","type":"connection"},{"id":"co_4","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-14T09:28:48.109232Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x0cc83d0b0347d910bcdd619ed025c23cb5ef4d958cd1bc9298455228ec293030');
INSERT INTO upgrade_fixture.entries VALUES (1, 83, 1763114625715375, 'log_01M957S7AP70RPRZ2PG7Z4JT7B', 'workflow', 'wor_11', 'deleted', 'workflow.deleted', 'u3', NULL, NULL, '''o1xalan'' ''o1xexample'' ''o1xonboarding'' ''o1xorg'' ''o1xthread'' ''o1xturing''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"workflow.deleted","id":"log_01M957S7AP70RPRZ2PG7Z4JT7B","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.455714Z","resource_id":"wor_11","resource_name":"Onboarding Thread","resource_type":"workflow","sequence":83,"targets":[{"id":"co_2","name":"Billing Workflow","type":"connection"},{"id":"wo_0","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-14T10:03:45.715375Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xe4c5fa113b6b8ef0751700f9111c1fd62893d7809326fb22a0a387d178677d3f');
INSERT INTO upgrade_fixture.entries VALUES (1, 84, 1763118954996726, 'log_01M957S7AP70RPRZ2PG7Z4JT7C', 'connection', 'con_8', 'updated', 'connection.updated', 'u2', NULL, NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"connection.updated","id":"log_01M957S7AP70RPRZ2PG7Z4JT7C","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.455714Z","resource_id":"con_8","resource_name":"Escalation Rules","resource_type":"connection","sequence":84,"targets":[],"timestamp":"2025-11-14T11:15:54.996726Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xc092e71397b8717d8ecea747ad7581e7c047920e9d14bb7dc0c96141e9b4628f');
INSERT INTO upgrade_fixture.entries VALUES (1, 85, 1763123806419714, 'log_01M957S7AP70RPRZ2PG7Z4JT7D', 'thread', 'thr_9', 'updated', 'thread.updated', 'u2', 'd1', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"thread.updated","id":"log_01M957S7AP70RPRZ2PG7Z4JT7D","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.0.84","request":{"n":84},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.455714Z","resource_id":"thr_9","resource_name":"Onboarding Thread","resource_type":"thread","sequence":85,"targets":[{"id":"as_3","name":"Zürich Office Assistant","type":"assistant"}],"timestamp":"2025-11-14T12:36:46.419714Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xa72ee539ba1d439dac9cf0dfc4d43fd5055effbc2678132ee4bbfb6919d09594');
INSERT INTO upgrade_fixture.entries VALUES (1, 86, 1762058577871263, 'log_01M957S7AP70RPRZ2PG7Z4JT7E', 'mcp_configuration', 'mcp_0', 'deleted', 'mcp_configuration.deleted', 'u2', 'd1', 'acme-evt-85', '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.deleted","id":"log_01M957S7AP70RPRZ2PG7Z4JT7E","idempotency_key":"acme-evt-85","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.455714Z","resource_id":"mcp_0","resource_name":"Billing Workflow","resource_type":"mcp_configuration","sequence":86,"targets":[{"id":"as_4","name":"Sales Assistant","type":"assistant"}],"timestamp":"2025-11-02T04:42:57.871263Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xee0a1c0aa133099f2e8d486e11a54f9d96891ff9b29f5349267fd3f80f4f7cd1');
INSERT INTO upgrade_fixture.entries VALUES (1, 87, 1763130383502977, 'log_01M957S7ATZ28ZZ0RYPA77HXXQ', 'workflow', 'wor_11', 'shared', 'workflow.shared', 'u2', 'd3', NULL, '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d3","event":"workflow.shared","id":"log_01M957S7ATZ28ZZ0RYPA77HXXQ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"wor_11","resource_name":"Billing Workflow","resource_type":"workflow","sequence":87,"targets":[],"timestamp":"2025-11-14T14:26:23.502977Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xea86d598b1a5fa7118fcbd7042a46f80e0313514de3f0a49480da38019535181');
INSERT INTO upgrade_fixture.entries VALUES (1, 88, 1763132958894402, 'log_01M957S7ATZ28ZZ0RYPA77HXXR', 'connection', 'con_8', 'updated', 'connection.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xexample'' ''o1xonboarding'' ''o1xorg'' ''o1xthread'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":null,"event":"connection.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXXR","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"con_8","resource_name":"Onboarding Thread","resource_type":"connection","sequence":88,"targets":[{"id":"wo_0","name":"Weekly Report","type":"workflow"}],"timestamp":"2025-11-14T15:09:18.894402Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x33cdc094086bd8347f8e401e71dfbe07940345c0580ee30d23ce50e6a78543ca');
INSERT INTO upgrade_fixture.entries VALUES (1, 89, 1763132958894402, 'log_01M957S7ATZ28ZZ0RYPA77HXXS', 'vector_store', 'vec_6', 'deleted', 'vector_store.deleted', 'u6', 'd3', NULL, '''o1xchain'' ''o1xconnection'' ''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xsupply''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXXS","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.4.88","request":{"n":88},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"vec_6","resource_name":"Supply Chain Connection","resource_type":"vector_store","sequence":89,"targets":[{"id":"wo_4","name":"Sales Assistant","type":"workflow"},{"id":"wo_2","name":"Escalation Rules","type":"workflow"}],"timestamp":"2025-11-14T15:09:18.894402Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\xbcd92f3b98c6fb6a4a2618db4c343c591dfe5f0bdebf56cb6f97257e6acd2b04');
INSERT INTO upgrade_fixture.entries VALUES (1, 90, 1763140392764248, 'log_01M957S7ATZ28ZZ0RYPA77HXXT', 'vector_store', 'vec_6', 'deleted', 'vector_store.deleted', 'u2', 'd3', NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXXT","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"vec_6","resource_name":"Zürich Office Assistant","resource_type":"vector_store","sequence":90,"targets":[],"timestamp":"2025-11-14T17:13:12.764248Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x244c9bf0d432fc6669dfe272652d2bacbdafa8c973aa617346f0e872f679264f');
INSERT INTO upgrade_fixture.entries VALUES (1, 91, 1763143999328081, 'log_01M957S7ATZ28ZZ0RYPA77HXXV', 'vector_store', 'vec_8', 'updated', 'vector_store.updated', 'u1', 'd3', 'acme-evt-90', '''o1xada'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xlovelace''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"vector_store.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXXV","idempotency_key":"acme-evt-90","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"vec_8","resource_name":"Knowledge Base","resource_type":"vector_store","sequence":91,"targets":[{"id":"as_3","name":"Zürich Office Assistant","type":"assistant"}],"timestamp":"2025-11-14T18:13:19.328081Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x0ff6fee093fd238ccd1b5c09ceb0001e3bddccd1779e8df1948cf0b1f7b5b9ae');
INSERT INTO upgrade_fixture.entries VALUES (1, 92, 1763149370861030, 'log_01M957S7ATZ28ZZ0RYPA77HXXW', 'mcp_configuration', 'mcp_3', 'updated', 'mcp_configuration.updated', 'u2', NULL, NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXXW","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"mcp_3","resource_name":"Customer Support Bot","resource_type":"mcp_configuration","sequence":92,"targets":[{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-14T19:42:50.86103Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3c32770c546ec45f6c14ad2dd5671551576749c96698336ba6f5db5980cad999');
INSERT INTO upgrade_fixture.entries VALUES (1, 93, 1763151067299573, 'log_01M957S7ATZ28ZZ0RYPA77HXXX', 'rule', 'rul_8', 'updated', 'rule.updated', 'u2', 'd1', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"rule.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXXX","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.92","request":{"n":92},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"rul_8","resource_name":"Weekly Report","resource_type":"rule","sequence":93,"targets":[],"timestamp":"2025-11-14T20:11:07.299573Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x731a4a2f9d5a2372aa9442f025a186c9e3f5ecc9b93435859b2443ed7fa5016f');
INSERT INTO upgrade_fixture.entries VALUES (1, 94, 1763154393638167, 'log_01M957S7ATZ28ZZ0RYPA77HXXY', 'connection', 'con_8', 'created', 'connection.created', 'u2', 'd3', NULL, '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d3","event":"connection.created","id":"log_01M957S7ATZ28ZZ0RYPA77HXXY","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"con_8","resource_name":"Supply Chain Connection","resource_type":"connection","sequence":94,"targets":[],"timestamp":"2025-11-14T21:06:33.638167Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x5c2d11025b2d5ce9cad58a5800663831f1b5461f9f8e5028d84e44586f0d180d');
INSERT INTO upgrade_fixture.entries VALUES (1, 95, 1763159693608867, 'log_01M957S7ATZ28ZZ0RYPA77HXXZ', 'connection', 'con_5', 'updated', 'connection.updated', 'u2', 'd1', NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"connection.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXXZ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"con_5","resource_name":"Escalation Rules","resource_type":"connection","sequence":95,"targets":[],"timestamp":"2025-11-14T22:34:53.608867Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xe304264149987a40b4c8d9cd67e72e3092005f0e497017319fbd42c510a0e520');
INSERT INTO upgrade_fixture.entries VALUES (1, 96, 1763162901013019, 'log_01M957S7ATZ28ZZ0RYPA77HXY0', 'rule', 'rul_11', 'deleted', 'rule.deleted', 'svc', 'd3', 'acme-evt-95', '''o1xbilling'' ''o1xnightly'' ''o1xsync'' ''o1xworkflow''', '{"action":"deleted","actor_type":"system","changes":[],"department_id":"d3","event":"rule.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXY0","idempotency_key":"acme-evt-95","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"rul_11","resource_name":"Billing Workflow","resource_type":"rule","sequence":96,"targets":[{"id":"wo_3","name":"Knowledge Base","type":"workflow"}],"timestamp":"2025-11-14T23:28:21.013019Z","user_email":null,"user_id":"svc","user_name":"Nightly Sync"}', '\xe30df1be7932d60dd8f717490373c832612e75f6b793ab27fd58eab571c6bc37');
INSERT INTO upgrade_fixture.entries VALUES (1, 97, 1763165673964487, 'log_01M957S7ATZ28ZZ0RYPA77HXY1', 'rule', 'rul_2', 'updated', 'rule.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"rule.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXY1","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.5.96","request":{"n":96},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"rul_2","resource_name":"Weekly Report","resource_type":"rule","sequence":97,"targets":[],"timestamp":"2025-11-15T00:14:33.964487Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xe509e33e47e127670b9cd0307f956c4dbd38ea80cdd14ce941c2c6eb85d20c11');
INSERT INTO upgrade_fixture.entries VALUES (1, 98, 1763171122115118, 'log_01M957S7ATZ28ZZ0RYPA77HXY2', 'workflow', 'wor_0', 'created', 'workflow.created', 'u2', 'd1', NULL, '''o1xbot'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport'' ''o1xv2''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d1","event":"workflow.created","id":"log_01M957S7ATZ28ZZ0RYPA77HXY2","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"wor_0","resource_name":"support-bot-v2","resource_type":"workflow","sequence":98,"targets":[{"id":"co_3","name":"Onboarding Thread","type":"connection"}],"timestamp":"2025-11-15T01:45:22.115118Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xc590318a7ca4e78023f014c3a9345ac74e1d56a765e09e69dbc290109c9c7033');
INSERT INTO upgrade_fixture.entries VALUES (1, 99, 1763173141103579, 'log_01M957S7ATZ28ZZ0RYPA77HXY3', 'rule', 'rul_0', 'created', 'rule.created', 'u3', NULL, NULL, '''o1xalan'' ''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xorg'' ''o1xsupply'' ''o1xturing''', '{"action":"created","actor_type":"user","changes":[],"department_id":null,"event":"rule.created","id":"log_01M957S7ATZ28ZZ0RYPA77HXY3","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"rul_0","resource_name":"Supply Chain Connection","resource_type":"rule","sequence":99,"targets":[{"id":"co_1","name":"Customer Support Bot","type":"connection"},{"id":"co_2","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-15T02:19:01.103579Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x0a473cf81f1a685d4933e9d46a67b3b3f472b0a7105861162247e590b75127c3');
INSERT INTO upgrade_fixture.entries VALUES (1, 100, 1763173141103579, 'log_01M957S7ATZ28ZZ0RYPA77HXY4', 'workflow', 'wor_2', 'created', 'workflow.created', 'u5', 'd1', NULL, '''o1xassistant'' ''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xoffice'' ''o1xzürich''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d1","event":"workflow.created","id":"log_01M957S7ATZ28ZZ0RYPA77HXY4","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"wor_2","resource_name":"Zürich Office Assistant","resource_type":"workflow","sequence":100,"targets":[{"id":"as_4","name":"Sales Assistant","type":"assistant"}],"timestamp":"2025-11-15T02:19:01.103579Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xa11f4740cf751197485e9be4f605170df0598004f0592f47b7242ceb8507276d');
INSERT INTO upgrade_fixture.entries VALUES (1, 101, 1763179501468419, 'log_01M957S7ATZ28ZZ0RYPA77HXY5', 'assistant', 'ass_0', 'updated', 'assistant.updated', 'u3', 'd1', 'acme-evt-100', '''o1xalan'' ''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xorg'' ''o1xsupport'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"assistant.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXY5","idempotency_key":"acme-evt-100","metadata":{"country":"CH","ip_address":"10.0.2.100","request":{"n":100},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"ass_0","resource_name":"Customer Support Bot","resource_type":"assistant","sequence":101,"targets":[{"id":"wo_4","name":"Billing Workflow","type":"workflow"},{"id":"as_5","name":"Sales Assistant","type":"assistant"}],"timestamp":"2025-11-15T04:05:01.468419Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xbfdd7071d6faec428f59aad8f0d59bb4570c1f8ca36d9f59e3a21f5859ae75c3');
INSERT INTO upgrade_fixture.entries VALUES (1, 102, 1763184765154035, 'log_01M957S7ATZ28ZZ0RYPA77HXY6', 'assistant', 'ass_2', 'deleted', 'assistant.deleted', 'u1', 'd2', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xonboarding'' ''o1xthread''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d2","event":"assistant.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXY6","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"ass_2","resource_name":"Onboarding Thread","resource_type":"assistant","sequence":102,"targets":[{"id":"wo_4","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-15T05:32:45.154035Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x0bbb3b29a34497e11d1196e2a09680d2b5009ba1d72b9c7f5f9f027a7a4ffc1b');
INSERT INTO upgrade_fixture.entries VALUES (1, 103, 1762125726624194, 'log_01M957S7ATZ28ZZ0RYPA77HXY7', 'rule', 'rul_4', 'updated', 'rule.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"rule.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXY7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"rul_4","resource_name":"support-bot-v2","resource_type":"rule","sequence":103,"targets":[{"id":"co_5","name":"Sales Assistant","type":"connection"},{"id":"co_5","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-02T23:22:06.624194Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x4e2a82fd29cd0ccad80173538c231aed968301645af80346213333eb6d855650');
INSERT INTO upgrade_fixture.entries VALUES (1, 104, 1763190555005045, 'log_01M957S7ATZ28ZZ0RYPA77HXY8', 'connection', 'con_6', 'updated', 'connection.updated', 'u2', NULL, NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"connection.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXY8","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"con_6","resource_name":"Weekly Report","resource_type":"connection","sequence":104,"targets":[{"id":"wo_5","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-15T07:09:15.005045Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x4f99c4d3cf9f55f439e2c6d8fa64fde0a35d8b59dbe0a476d03d3fcaad9a59b8');
INSERT INTO upgrade_fixture.entries VALUES (1, 105, 1763196534352746, 'log_01M957S7ATZ28ZZ0RYPA77HXY9', 'mcp_configuration', 'mcp_9', 'shared', 'mcp_configuration.shared', 'u2', 'd3', NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.shared","id":"log_01M957S7ATZ28ZZ0RYPA77HXY9","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.6.104","request":{"n":104},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"mcp_9","resource_name":"Escalation Rules","resource_type":"mcp_configuration","sequence":105,"targets":[],"timestamp":"2025-11-15T08:48:54.352746Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xebe245374910b081f0b7b4eab1560c17deec637e670d2523014a40b273657525');
INSERT INTO upgrade_fixture.entries VALUES (1, 106, 1763200050195950, 'log_01M957S7ATZ28ZZ0RYPA77HXYA', 'assistant', 'ass_8', 'updated', 'assistant.updated', 'u2', NULL, 'acme-evt-105', '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"assistant.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXYA","idempotency_key":"acme-evt-105","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"ass_8","resource_name":"Customer Support Bot","resource_type":"assistant","sequence":106,"targets":[],"timestamp":"2025-11-15T09:47:30.19595Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x2f003fd7d63960dc0da5c4a7cc83cb8508ebe808e41ca2c091b9c893aaecb061');
INSERT INTO upgrade_fixture.entries VALUES (1, 107, 1763201449274631, 'log_01M957S7ATZ28ZZ0RYPA77HXYB', 'workflow', 'wor_5', 'updated', 'workflow.updated', 'u2', 'd3', NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"workflow.updated","id":"log_01M957S7ATZ28ZZ0RYPA77HXYB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"wor_5","resource_name":"Customer Support Bot","resource_type":"workflow","sequence":107,"targets":[{"id":"co_5","name":"Escalation Rules","type":"connection"}],"timestamp":"2025-11-15T10:10:49.274631Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xbf7d0b8fb86d85b7d128a532fd3b75a7097dcb086a0cd77563582195938debc4');
INSERT INTO upgrade_fixture.entries VALUES (1, 108, 1763205468101092, 'log_01M957S7ATZ28ZZ0RYPA77HXYC', 'assistant', 'ass_7', 'deleted', 'assistant.deleted', 'u6', NULL, NULL, '''o1xdonald'' ''o1xedu'' ''o1xescalation'' ''o1xexample'' ''o1xknuth'' ''o1xrules''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"assistant.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXYC","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"ass_7","resource_name":"Escalation Rules","resource_type":"assistant","sequence":108,"targets":[],"timestamp":"2025-11-15T11:17:48.101092Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\xe199a64e37fcac87c31995289e41ad53ff56147678aa922f047ff9585692977a');
INSERT INTO upgrade_fixture.entries VALUES (1, 109, 1763208151347769, 'log_01M957S7ATZ28ZZ0RYPA77HXYD', 'connection', 'con_9', 'deleted', 'connection.deleted', 'u1', 'd3', NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xoffice'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"connection.deleted","id":"log_01M957S7ATZ28ZZ0RYPA77HXYD","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.3.108","request":{"n":108},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"con_9","resource_name":"Zürich Office Assistant","resource_type":"connection","sequence":109,"targets":[{"id":"co_3","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-15T12:02:31.347769Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x167bf7fbabda4f6de86fb9987e4a5e023680305ebe8d6b1809d6d84504d7b1e0');
INSERT INTO upgrade_fixture.entries VALUES (1, 110, 1763212602595238, 'log_01M957S7ATZ28ZZ0RYPA77HXYE', 'workflow', 'wor_7', 'viewed', 'workflow.viewed', 'u1', NULL, NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"workflow.viewed","id":"log_01M957S7ATZ28ZZ0RYPA77HXYE","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"wor_7","resource_name":"Customer Support Bot","resource_type":"workflow","sequence":110,"targets":[{"id":"wo_0","name":"Escalation Rules","type":"workflow"}],"timestamp":"2025-11-15T13:16:42.595238Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xd36500aad119a36dc82d8f88e90cb45b4de7e135c22a233874735f3332e6f2c8');
INSERT INTO upgrade_fixture.entries VALUES (1, 111, 1763212602595238, 'log_01M957S7ATZ28ZZ0RYPA77HXYF', 'mcp_configuration', 'mcp_4', 'shared', 'mcp_configuration.shared', 'u2', 'd1', 'acme-evt-110', '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.shared","id":"log_01M957S7ATZ28ZZ0RYPA77HXYF","idempotency_key":"acme-evt-110","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.45931Z","resource_id":"mcp_4","resource_name":"Customer Support Bot","resource_type":"mcp_configuration","sequence":111,"targets":[{"id":"as_1","name":"Billing Workflow","type":"assistant"},{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-15T13:16:42.595238Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x0e1c3f9ccfd8958403f639d80053481293f3f58b73ae68e9b369ca9689372685');
INSERT INTO upgrade_fixture.entries VALUES (1, 112, 1763218862168178, 'log_01M957S7B0FSQ1A9KBEQA1X9X1', 'vector_store', 'vec_5', 'updated', 'vector_store.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xexample'' ''o1xorg'' ''o1xreport'' ''o1xturing'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9X1","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_5","resource_name":"Weekly Report","resource_type":"vector_store","sequence":112,"targets":[],"timestamp":"2025-11-15T15:01:02.168178Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xe89431de8ad68452e86f706e2d0b69aaecc29eb3ffd28cf60cd251f62538b983');
INSERT INTO upgrade_fixture.entries VALUES (1, 113, 1763223974650106, 'log_01M957S7B0FSQ1A9KBEQA1X9X2', 'vector_store', 'vec_4', 'deleted', 'vector_store.deleted', 'u4', 'd2', NULL, '''o1xbilling'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xworkflow''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.deleted","id":"log_01M957S7B0FSQ1A9KBEQA1X9X2","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.0.112","request":{"n":112},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_4","resource_name":"Billing Workflow","resource_type":"vector_store","sequence":113,"targets":[{"id":"co_4","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-15T16:26:14.650106Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xd9bfb22245948bf0145ef022f071d0ee0f3e7fb294d48f9908931a63f7966835');
INSERT INTO upgrade_fixture.entries VALUES (1, 114, 1763227301996619, 'log_01M957S7B0FSQ1A9KBEQA1X9X3', 'mcp_configuration', 'mcp_2', 'updated', 'mcp_configuration.updated', 'u5', 'd1', NULL, '''o1xbarbara'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xliskov''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"mcp_configuration.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9X3","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"mcp_2","resource_name":"Knowledge Base","resource_type":"mcp_configuration","sequence":114,"targets":[],"timestamp":"2025-11-15T17:21:41.996619Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xf3c9ac1ecca9507bcc92ad81ba28c445a5c01df3e0b02120cb32928e29b3e4ab');
INSERT INTO upgrade_fixture.entries VALUES (1, 115, 1763232312678728, 'log_01M957S7B0FSQ1A9KBEQA1X9X4', 'rule', 'rul_5', 'updated', 'rule.updated', 'u1', 'd3', NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"rule.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9X4","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"rul_5","resource_name":"Zürich Office Assistant","resource_type":"rule","sequence":115,"targets":[{"id":"co_5","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-15T18:45:12.678728Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x4f1cc95b43c3ecc4c41847a7c5e8ffff71c596a54db172591ce9603786906ee9');
INSERT INTO upgrade_fixture.entries VALUES (1, 116, 1763235726714194, 'log_01M957S7B0FSQ1A9KBEQA1X9X5', 'connection', 'con_10', 'viewed', 'connection.viewed', 'u2', NULL, 'acme-evt-115', '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"connection.viewed","id":"log_01M957S7B0FSQ1A9KBEQA1X9X5","idempotency_key":"acme-evt-115","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"con_10","resource_name":"Billing Workflow","resource_type":"connection","sequence":116,"targets":[],"timestamp":"2025-11-15T19:42:06.714194Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x70aaacb44ac542bcef18a7209d0c5ea05a169b5313ae9e9b8e58a91e50dbba97');
INSERT INTO upgrade_fixture.entries VALUES (1, 117, 1763239065155735, 'log_01M957S7B0FSQ1A9KBEQA1X9X6', 'document', 'doc_11', 'updated', 'document.updated', 'u4', NULL, NULL, '''o1xchain'' ''o1xconnection'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupply''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"document.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9X6","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.4.116","request":{"n":116},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"doc_11","resource_name":"Supply Chain Connection","resource_type":"document","sequence":117,"targets":[],"timestamp":"2025-11-15T20:37:45.155735Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xf0785048f88be954a0b386998cd1c4c72b160802118b5b5dc9736b321a3eda6e');
INSERT INTO upgrade_fixture.entries VALUES (1, 118, 1763241706069814, 'log_01M957S7B0FSQ1A9KBEQA1X9X7', 'vector_store', 'vec_4', 'created', 'vector_store.created', 'u4', 'd2', NULL, '''o1xassistant'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsales''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":"d2","event":"vector_store.created","id":"log_01M957S7B0FSQ1A9KBEQA1X9X7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_4","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":118,"targets":[{"id":"co_0","name":"Billing Workflow","type":"connection"},{"id":"as_3","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-15T21:21:46.069814Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x32306b3f943f5fa8965069bf353ac7d114c269b806cd082a7dc8ac85a6bd7740');
INSERT INTO upgrade_fixture.entries VALUES (1, 119, 1763244811658309, 'log_01M957S7B0FSQ1A9KBEQA1X9X8', 'vector_store', 'vec_4', 'viewed', 'vector_store.viewed', 'u5', 'd2', NULL, '''o1xbarbara'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xliskov'' ''o1xsupply''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.viewed","id":"log_01M957S7B0FSQ1A9KBEQA1X9X8","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_4","resource_name":"Supply Chain Connection","resource_type":"vector_store","sequence":119,"targets":[{"id":"wo_4","name":"Sales Assistant","type":"workflow"}],"timestamp":"2025-11-15T22:13:31.658309Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x66771234a7b65920858592d09d604a849dcc91a7b01c13b8d11d1118ca440140');
INSERT INTO upgrade_fixture.entries VALUES (1, 120, 1762290551873369, 'log_01M957S7B0FSQ1A9KBEQA1X9X9', 'mcp_configuration', 'mcp_3', 'updated', 'mcp_configuration.updated', 'u2', NULL, NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9X9","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"mcp_3","resource_name":"Onboarding Thread","resource_type":"mcp_configuration","sequence":120,"targets":[],"timestamp":"2025-11-04T21:09:11.873369Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x42c46ce6de184067f1eb4de84e6c66b19e9bcb75d3336e034676282686102fcb');
INSERT INTO upgrade_fixture.entries VALUES (1, 121, 1763254013528947, 'log_01M957S7B0FSQ1A9KBEQA1X9XA', 'assistant', 'ass_10', 'updated', 'assistant.updated', 'u2', 'd3', 'acme-evt-120', '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"assistant.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XA","idempotency_key":"acme-evt-120","metadata":{"country":"CH","ip_address":"10.0.1.120","request":{"n":120},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"ass_10","resource_name":"Onboarding Thread","resource_type":"assistant","sequence":121,"targets":[{"id":"co_2","name":"Sales Assistant","type":"connection"}],"timestamp":"2025-11-16T00:46:53.528947Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xd93bb359c6eb0f378356d94afe91ae22b5640d99d242502089414982ea58e688');
INSERT INTO upgrade_fixture.entries VALUES (1, 122, 1763254013528947, 'log_01M957S7B0FSQ1A9KBEQA1X9XB', 'assistant', 'ass_6', 'deleted', 'assistant.deleted', 'u1', 'd3', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.deleted","id":"log_01M957S7B0FSQ1A9KBEQA1X9XB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"ass_6","resource_name":"Weekly Report","resource_type":"assistant","sequence":122,"targets":[],"timestamp":"2025-11-16T00:46:53.528947Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x4838e4cad755263aa613770be021bf0cfe1e371c3bee495a0b62d8188b3d5b84');
INSERT INTO upgrade_fixture.entries VALUES (1, 123, 1763260431353089, 'log_01M957S7B0FSQ1A9KBEQA1X9XC', 'connection', 'con_6', 'viewed', 'connection.viewed', 'u3', 'd1', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d1","event":"connection.viewed","id":"log_01M957S7B0FSQ1A9KBEQA1X9XC","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"con_6","resource_name":"Sales Assistant","resource_type":"connection","sequence":123,"targets":[{"id":"co_3","name":"Escalation Rules","type":"connection"}],"timestamp":"2025-11-16T02:33:51.353089Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xefeb8fd643cc0e2f875c76f826715f6c0ed79aea0123638b39a987949b37407e');
INSERT INTO upgrade_fixture.entries VALUES (1, 124, 1763262516864204, 'log_01M957S7B0FSQ1A9KBEQA1X9XD', 'assistant', 'ass_3', 'updated', 'assistant.updated', 'u4', 'd2', NULL, '''o1xbase'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xknowledge'' ''o1xnl''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d2","event":"assistant.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XD","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"ass_3","resource_name":"Knowledge Base","resource_type":"assistant","sequence":124,"targets":[],"timestamp":"2025-11-16T03:08:36.864204Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x9b016c951eaa1730cc7a8869ca294973e35e6c5ecd23411d0edcdcc2f01a7e58');
INSERT INTO upgrade_fixture.entries VALUES (1, 125, 1763268316794404, 'log_01M957S7B0FSQ1A9KBEQA1X9XE', 'vector_store', 'vec_4', 'updated', 'vector_store.updated', 'u5', NULL, NULL, '''o1xassistant'' ''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XE","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.5.124","request":{"n":124},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_4","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":125,"targets":[{"id":"as_0","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-16T04:45:16.794404Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xd3d473bee831489278a2e4572f115a0a72980e0bf5de3bb159cfbe52d13fcd91');
INSERT INTO upgrade_fixture.entries VALUES (1, 126, 1763269264301616, 'log_01M957S7B0FSQ1A9KBEQA1X9XF', 'rule', 'rul_11', 'deleted', 'rule.deleted', 'u1', NULL, 'acme-evt-125', '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xonboarding'' ''o1xthread''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"rule.deleted","id":"log_01M957S7B0FSQ1A9KBEQA1X9XF","idempotency_key":"acme-evt-125","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"rul_11","resource_name":"Onboarding Thread","resource_type":"rule","sequence":126,"targets":[],"timestamp":"2025-11-16T05:01:04.301616Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x164f9844412f4ce10c2010e34c0611014e79a831a7f8d53606073e4fb4d35028');
INSERT INTO upgrade_fixture.entries VALUES (1, 127, 1763274301189619, 'log_01M957S7B0FSQ1A9KBEQA1X9XG', 'connection', 'con_9', 'updated', 'connection.updated', 'u2', NULL, NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"connection.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XG","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"con_9","resource_name":"Weekly Report","resource_type":"connection","sequence":127,"targets":[{"id":"wo_5","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-16T06:25:01.189619Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3aa8b56a9aadf659654e4bb20d1c7a3962af43d0167446a4be23784db03f36bc');
INSERT INTO upgrade_fixture.entries VALUES (1, 128, 1763276726393194, 'log_01M957S7B0FSQ1A9KBEQA1X9XH', 'workflow', 'wor_5', 'created', 'workflow.created', 'u1', NULL, NULL, '''o1xada'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xlovelace'' ''o1xsupply''', '{"action":"created","actor_type":"user","changes":[],"department_id":null,"event":"workflow.created","id":"log_01M957S7B0FSQ1A9KBEQA1X9XH","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"wor_5","resource_name":"Supply Chain Connection","resource_type":"workflow","sequence":128,"targets":[],"timestamp":"2025-11-16T07:05:26.393194Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xedbe09d86021b7644f1b5878e0509fcc262261fe9f4e1c6d38d81255faefe31d');
INSERT INTO upgrade_fixture.entries VALUES (1, 129, 1763281914476966, 'log_01M957S7B0FSQ1A9KBEQA1X9XJ', 'mcp_configuration', 'mcp_9', 'updated', 'mcp_configuration.updated', 'u3', NULL, NULL, '''o1xalan'' ''o1xbot'' ''o1xexample'' ''o1xorg'' ''o1xsupport'' ''o1xturing'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XJ","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.2.128","request":{"n":128},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"mcp_9","resource_name":"support-bot-v2","resource_type":"mcp_configuration","sequence":129,"targets":[{"id":"as_3","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-16T08:31:54.476966Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xb63d31d71dd8314962ba277bed6cdb2da79fb0e8439bbcc59783add4ab3c1c3c');
INSERT INTO upgrade_fixture.entries VALUES (1, 130, 1763285366813354, 'log_01M957S7B0FSQ1A9KBEQA1X9XK', 'rule', 'rul_4', 'updated', 'rule.updated', 'u3', 'd1', NULL, '''o1xalan'' ''o1xbase'' ''o1xexample'' ''o1xknowledge'' ''o1xorg'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d1","event":"rule.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XK","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"rul_4","resource_name":"Knowledge Base","resource_type":"rule","sequence":130,"targets":[],"timestamp":"2025-11-16T09:29:26.813354Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xb1720b5f805525256fb6d085912c20686fecc0de6cc4719f28569362eed304e5');
INSERT INTO upgrade_fixture.entries VALUES (1, 131, 1763289264681616, 'log_01M957S7B0FSQ1A9KBEQA1X9XM', 'vector_store', 'vec_0', 'viewed', 'vector_store.viewed', 'u5', NULL, 'acme-evt-130', '''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.viewed","id":"log_01M957S7B0FSQ1A9KBEQA1X9XM","idempotency_key":"acme-evt-130","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_0","resource_name":"Onboarding Thread","resource_type":"vector_store","sequence":131,"targets":[{"id":"co_0","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-16T10:34:24.681616Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x2614262674e6fac8c13346d9dddb930012baf0ecb2ce46bd1587eec551f8f114');
INSERT INTO upgrade_fixture.entries VALUES (1, 132, 1763293534495746, 'log_01M957S7B0FSQ1A9KBEQA1X9XN', 'document', 'doc_8', 'updated', 'document.updated', 'u1', 'd2', NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"document.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XN","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"doc_8","resource_name":"Sales Assistant","resource_type":"document","sequence":132,"targets":[{"id":"co_2","name":"support-bot-v2","type":"connection"}],"timestamp":"2025-11-16T11:45:34.495746Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xf59010023816aa2f0c7a5a641c5bb467a9a9e1721d708781a92d5772cbaa127f');
INSERT INTO upgrade_fixture.entries VALUES (1, 133, 1763293534495746, 'log_01M957S7B0FSQ1A9KBEQA1X9XP', 'rule', 'rul_6', 'updated', 'rule.updated', 'u1', 'd3', NULL, '''o1xada'' ''o1xbase'' ''o1xcom'' ''o1xexample'' ''o1xknowledge'' ''o1xlovelace''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"rule.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XP","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.6.132","request":{"n":132},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"rul_6","resource_name":"Knowledge Base","resource_type":"rule","sequence":133,"targets":[{"id":"wo_2","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-16T11:45:34.495746Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x320dd1ec95a6f660668717fa2a0ebffa819f437ef2a24d3ef5ea615db74ccd7f');
INSERT INTO upgrade_fixture.entries VALUES (1, 134, 1763300000700000, 'log_01M957S7B0FSQ1A9KBEQA1X9XQ', 'assistant', 'ass_11', 'deleted', 'assistant.deleted', 'u2', 'd3', NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.deleted","id":"log_01M957S7B0FSQ1A9KBEQA1X9XQ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"ass_11","resource_name":"Escalation Rules","resource_type":"assistant","sequence":134,"targets":[{"id":"co_1","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-16T13:33:20.7Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x73f39b893ac192f04ca491207924a74d803e98923ddcc87114e41c146f41cc06');
INSERT INTO upgrade_fixture.entries VALUES (1, 135, 1763301880587720, 'log_01M957S7B0FSQ1A9KBEQA1X9XR', 'vector_store', 'vec_1', 'updated', 'vector_store.updated', 'u3', 'd3', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xorg'' ''o1xsales'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.updated","id":"log_01M957S7B0FSQ1A9KBEQA1X9XR","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_1","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":135,"targets":[{"id":"wo_1","name":"Escalation Rules","type":"workflow"},{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-16T14:04:40.58772Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x0e4b5d60055e88d3f28cce8828bcec87e9e6eb69e6b46ed3e961cb86e1f4e97d');
INSERT INTO upgrade_fixture.entries VALUES (1, 136, 1763308161326959, 'log_01M957S7B0FSQ1A9KBEQA1X9XS', 'vector_store', 'vec_3', 'deleted', 'vector_store.deleted', 'u1', 'd1', 'acme-evt-135', '''o1xada'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xlovelace'' ''o1xsupply''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"vector_store.deleted","id":"log_01M957S7B0FSQ1A9KBEQA1X9XS","idempotency_key":"acme-evt-135","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.46495Z","resource_id":"vec_3","resource_name":"Supply Chain Connection","resource_type":"vector_store","sequence":136,"targets":[{"id":"wo_4","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-16T15:49:21.326959Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x3e4ec60768a4370e09a6d856b6c77063bd33bddb64c35b8915aa4e4fe1a0bd8f');
INSERT INTO upgrade_fixture.entries VALUES (1, 137, 1762149116849604, 'log_01M957S7B5P0KN2FQB39WNVEGH', 'mcp_configuration', 'mcp_7', 'shared', 'mcp_configuration.shared', 'u1', 'd2', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"mcp_configuration.shared","id":"log_01M957S7B5P0KN2FQB39WNVEGH","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.3.136","request":{"n":136},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.469506Z","resource_id":"mcp_7","resource_name":"support-bot-v2","resource_type":"mcp_configuration","sequence":137,"targets":[],"timestamp":"2025-11-03T05:51:56.849604Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x2479f819704ba27d62d0ffb287fba0b27b19994b25b3744a4825bb16bfbf724e');
INSERT INTO upgrade_fixture.entries VALUES (1, 138, 1763314096326224, 'log_01M957S7B7Y36VWF88J054SDN7', 'vector_store', 'vec_6', 'updated', 'vector_store.updated', 'u1', 'd1', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7B7Y36VWF88J054SDN7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"vec_6","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":138,"targets":[{"id":"co_3","name":"Weekly Report","type":"connection"}],"timestamp":"2025-11-16T17:28:16.326224Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xffd11f010dd6e683742723f98f0625fd891a6c6ecad14980b1d9501e892be5b2');
INSERT INTO upgrade_fixture.entries VALUES (1, 139, 1763317000323000, 'log_01M957S7B7Y36VWF88J054SDN8', 'thread', 'thr_3', 'shared', 'thread.shared', 'u2', NULL, NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"thread.shared","id":"log_01M957S7B7Y36VWF88J054SDN8","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_3","resource_name":"Customer Support Bot","resource_type":"thread","sequence":139,"targets":[],"timestamp":"2025-11-16T18:16:40.323Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xc9d6ba35000213536dc87a3e819e78ccfb94c095590d635c49c19d6ca3825ade');
INSERT INTO upgrade_fixture.entries VALUES (1, 140, 1763322530115070, 'log_01M957S7B7Y36VWF88J054SDN9', 'rule', 'rul_9', 'updated', 'rule.updated', 'u2', NULL, NULL, '''o1xbot'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S7B7Y36VWF88J054SDN9","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"rul_9","resource_name":"support-bot-v2","resource_type":"rule","sequence":140,"targets":[{"id":"wo_0","name":"support-bot-v2","type":"workflow"}],"timestamp":"2025-11-16T19:48:50.11507Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x536df71123200a7b151a087cd8e5fbe89af5ca6ede4a30307c01aedd361b1dce');
INSERT INTO upgrade_fixture.entries VALUES (1, 141, 1763324373709787, 'log_01M957S7B7Y36VWF88J054SDNA', 'document', 'doc_3', 'updated', 'document.updated', 'u1', 'd1', 'acme-evt-140', '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"document.updated","id":"log_01M957S7B7Y36VWF88J054SDNA","idempotency_key":"acme-evt-140","metadata":{"country":"DE","ip_address":"10.0.0.140","request":{"n":140},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"doc_3","resource_name":"Billing Workflow","resource_type":"document","sequence":141,"targets":[],"timestamp":"2025-11-16T20:19:33.709787Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xb48a488589349e3dac89a54a2e15e9ca22a13ef5387167ebd03571e5d12b158d');
INSERT INTO upgrade_fixture.entries VALUES (1, 142, 1763329101150819, 'log_01M957S7B7Y36VWF88J054SDNB', 'thread', 'thr_6', 'updated', 'thread.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xcustomer'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":null,"event":"thread.updated","id":"log_01M957S7B7Y36VWF88J054SDNB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_6","resource_name":"Customer Support Bot","resource_type":"thread","sequence":142,"targets":[{"id":"as_1","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-16T21:38:21.150819Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x1bc9acd53a073025518c4b0f0d7e93b59960a597f9a2859972853fbb4e74eb73');
INSERT INTO upgrade_fixture.entries VALUES (1, 143, 1763330561712559, 'log_01M957S7B7Y36VWF88J054SDNC', 'vector_store', 'vec_8', 'created', 'vector_store.created', 'u6', 'd2', NULL, '''o1xbot'' ''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xsupport'' ''o1xv2''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.created","id":"log_01M957S7B7Y36VWF88J054SDNC","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"vec_8","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":143,"targets":[],"timestamp":"2025-11-16T22:02:41.712559Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\x56be0c574bd7d3954334ff3737060f079c73f11511f0b3e31b90556ef33b2673');
INSERT INTO upgrade_fixture.entries VALUES (1, 144, 1763330561712559, 'log_01M957S7B7Y36VWF88J054SDND', 'thread', 'thr_7', 'created', 'thread.created', 'u2', 'd2', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"thread.created","id":"log_01M957S7B7Y36VWF88J054SDND","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_7","resource_name":"Onboarding Thread","resource_type":"thread","sequence":144,"targets":[{"id":"as_3","name":"Knowledge Base","type":"assistant"}],"timestamp":"2025-11-16T22:02:41.712559Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3bad19c5171054592f66598382a85cf3d375a9e0f8e2602ee64bd80c2a1ca136');
INSERT INTO upgrade_fixture.entries VALUES (2, 8, 1762845249526831, 'log_01M957S7C31AYH20GYZDHP0MHV', 'vector_store', 'vec_4', 'archived', 'vector_store.archived', 'u2', 'd3', NULL, '''o2xbase'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xknowledge'' ''o2xnavy''', '{"action":"archived","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.archived","id":"log_01M957S7C31AYH20GYZDHP0MHV","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_4","resource_name":"Knowledge Base","resource_type":"vector_store","sequence":8,"targets":[],"timestamp":"2025-11-11T07:14:09.526831Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x272e73ada1ce5b00bb837d59f88b57a67983c5566bde5ddaa9396f0c48a1e45b');
INSERT INTO upgrade_fixture.entries VALUES (1, 145, 1763337779871901, 'log_01M957S7B7Y36VWF88J054SDNE', 'assistant', 'ass_9', 'updated', 'assistant.updated', 'u1', 'd1', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"assistant.updated","id":"log_01M957S7B7Y36VWF88J054SDNE","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.4.144","request":{"n":144},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"ass_9","resource_name":"support-bot-v2","resource_type":"assistant","sequence":145,"targets":[{"id":"co_2","name":"support-bot-v2","type":"connection"},{"id":"as_1","name":"Onboarding Thread","type":"assistant"}],"timestamp":"2025-11-17T00:02:59.871901Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x386acf15878520f18ebd33692730b0fa545c5a213fa720a83f226d1567a2218e');
INSERT INTO upgrade_fixture.entries VALUES (1, 146, 1763341582987858, 'log_01M957S7B7Y36VWF88J054SDNF', 'document', 'doc_11', 'updated', 'document.updated', 'u2', NULL, 'acme-evt-145', '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"document.updated","id":"log_01M957S7B7Y36VWF88J054SDNF","idempotency_key":"acme-evt-145","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"doc_11","resource_name":"Zürich Office Assistant","resource_type":"document","sequence":146,"targets":[],"timestamp":"2025-11-17T01:06:22.987858Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xf9e37df6f30e4e6a798ef25c9bfb5d11b67bdb6d442aa6bcda246d98fddb1c69');
INSERT INTO upgrade_fixture.entries VALUES (1, 147, 1763346767047873, 'log_01M957S7B7Y36VWF88J054SDNG', 'mcp_configuration', 'mcp_2', 'viewed', 'mcp_configuration.viewed', 'u1', 'd3', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.viewed","id":"log_01M957S7B7Y36VWF88J054SDNG","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"mcp_2","resource_name":"Onboarding Thread","resource_type":"mcp_configuration","sequence":147,"targets":[],"timestamp":"2025-11-17T02:32:47.047873Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x1965e13a160fd115e21ca8e591bba83cde3b0dac571d0f5d794dcd7fdb90c324');
INSERT INTO upgrade_fixture.entries VALUES (1, 148, 1763349485571715, 'log_01M957S7B7Y36VWF88J054SDNH', 'thread', 'thr_10', 'updated', 'thread.updated', 'u5', 'd1', NULL, '''o1xassistant'' ''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":"d1","event":"thread.updated","id":"log_01M957S7B7Y36VWF88J054SDNH","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_10","resource_name":"Zürich Office Assistant","resource_type":"thread","sequence":148,"targets":[],"timestamp":"2025-11-17T03:18:05.571715Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xbfef1cb674fbd467421b8e6aaf5b6a3d377c12960e14bbcbeaaf01908d38480c');
INSERT INTO upgrade_fixture.entries VALUES (1, 149, 1763353720108680, 'log_01M957S7B7Y36VWF88J054SDNJ', 'document', 'doc_1', 'viewed', 'document.viewed', 'u5', 'd3', NULL, '''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"document.viewed","id":"log_01M957S7B7Y36VWF88J054SDNJ","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.148","request":{"n":148},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"doc_1","resource_name":"Onboarding Thread","resource_type":"document","sequence":149,"targets":[{"id":"co_3","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-17T04:28:40.10868Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x11615721e97ceb9230239d057cd4b504a6b18ba409e85e0947105f9dc655d73c');
INSERT INTO upgrade_fixture.entries VALUES (1, 150, 1763357909281371, 'log_01M957S7B7Y36VWF88J054SDNK', 'thread', 'thr_0', 'viewed', 'thread.viewed', 'svc', NULL, NULL, '''o1xbot'' ''o1xnightly'' ''o1xsupport'' ''o1xsync'' ''o1xv2''', '{"action":"viewed","actor_type":"system","changes":[],"department_id":null,"event":"thread.viewed","id":"log_01M957S7B7Y36VWF88J054SDNK","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_0","resource_name":"support-bot-v2","resource_type":"thread","sequence":150,"targets":[],"timestamp":"2025-11-17T05:38:29.281371Z","user_email":null,"user_id":"svc","user_name":"Nightly Sync"}', '\x4ef45ffb656e25f2d2e1f0c5fde9ecf0ddd9e72668c2db4996194e4ddf167d6e');
INSERT INTO upgrade_fixture.entries VALUES (1, 151, 1763359812351228, 'log_01M957S7B7Y36VWF88J054SDNM', 'thread', 'thr_11', 'updated', 'thread.updated', 'u1', 'd3', 'acme-evt-150', '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"thread.updated","id":"log_01M957S7B7Y36VWF88J054SDNM","idempotency_key":"acme-evt-150","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_11","resource_name":"Sales Assistant","resource_type":"thread","sequence":151,"targets":[{"id":"as_5","name":"Onboarding Thread","type":"assistant"},{"id":"co_0","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-17T06:10:12.351228Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x0777df20b93b54997a706a8d84d86165ee7a1ac89773154303163d8b55851718');
INSERT INTO upgrade_fixture.entries VALUES (1, 152, 1763363760615440, 'log_01M957S7B7Y36VWF88J054SDNN', 'connection', 'con_9', 'updated', 'connection.updated', 'u2', 'd3', NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"connection.updated","id":"log_01M957S7B7Y36VWF88J054SDNN","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"con_9","resource_name":"Zürich Office Assistant","resource_type":"connection","sequence":152,"targets":[{"id":"as_5","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-17T07:16:00.61544Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xf5732f6de90675883e46ef95c48051e27ccd5aadda2e473b7f69c5f4294fc151');
INSERT INTO upgrade_fixture.entries VALUES (1, 153, 1763367852019988, 'log_01M957S7B7Y36VWF88J054SDNP', 'connection', 'con_0', 'deleted', 'connection.deleted', 'u2', NULL, NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"connection.deleted","id":"log_01M957S7B7Y36VWF88J054SDNP","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.5.152","request":{"n":152},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"con_0","resource_name":"Sales Assistant","resource_type":"connection","sequence":153,"targets":[{"id":"co_2","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-17T08:24:12.019988Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xa01bcb65f5fec7c67e1b6c5a1be168c7a2c4adb3b749be630c0e9641e2f96a77');
INSERT INTO upgrade_fixture.entries VALUES (1, 154, 1762146057625383, 'log_01M957S7B7Y36VWF88J054SDNQ', 'connection', 'con_8', 'deleted', 'connection.deleted', 'u1', NULL, NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xoffice'' ''o1xzürich''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":null,"event":"connection.deleted","id":"log_01M957S7B7Y36VWF88J054SDNQ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"con_8","resource_name":"Zürich Office Assistant","resource_type":"connection","sequence":154,"targets":[{"id":"as_1","name":"Sales Assistant","type":"assistant"},{"id":"wo_3","name":"Knowledge Base","type":"workflow"}],"timestamp":"2025-11-03T05:00:57.625383Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x06107099d165a5a29533ee6315044bc4401e990208235bfa207efdb27c36afc6');
INSERT INTO upgrade_fixture.entries VALUES (1, 155, 1762146057625383, 'log_01M957S7B7Y36VWF88J054SDNR', 'mcp_configuration', 'mcp_2', 'viewed', 'mcp_configuration.viewed', 'u4', 'd3', NULL, '''o1xchain'' ''o1xconnection'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xsupply''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.viewed","id":"log_01M957S7B7Y36VWF88J054SDNR","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"mcp_2","resource_name":"Supply Chain Connection","resource_type":"mcp_configuration","sequence":155,"targets":[{"id":"wo_4","name":"Supply Chain Connection","type":"workflow"}],"timestamp":"2025-11-03T05:00:57.625383Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xd5947473e8e6af4644fff54603512fd8a8a1e7148b86856c6e35d6eacc85d449');
INSERT INTO upgrade_fixture.entries VALUES (1, 156, 1763377897566343, 'log_01M957S7B7Y36VWF88J054SDNS', 'thread', 'thr_5', 'updated', 'thread.updated', 'u5', 'd2', 'acme-evt-155', '''o1xassistant'' ''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"thread.updated","id":"log_01M957S7B7Y36VWF88J054SDNS","idempotency_key":"acme-evt-155","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"thr_5","resource_name":"Zürich Office Assistant","resource_type":"thread","sequence":156,"targets":[{"id":"wo_3","name":"Escalation Rules","type":"workflow"},{"id":"co_3","name":"Escalation Rules","type":"connection"}],"timestamp":"2025-11-17T11:11:37.566343Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x553d7fc3bcba39260d01431a55202b40af16d46a4ee0987062d4b46ab12efe3d');
INSERT INTO upgrade_fixture.entries VALUES (1, 157, 1763380918489642, 'log_01M957S7B7Y36VWF88J054SDNT', 'connection', 'con_8', 'viewed', 'connection.viewed', 'u2', 'd2', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d2","event":"connection.viewed","id":"log_01M957S7B7Y36VWF88J054SDNT","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.2.156","request":{"n":156},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"con_8","resource_name":"Onboarding Thread","resource_type":"connection","sequence":157,"targets":[{"id":"wo_1","name":"support-bot-v2","type":"workflow"}],"timestamp":"2025-11-17T12:01:58.489642Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xbb9b95c13cc8e9e870da7bfce5d45958ac1c377494c46ede408edd58dcdde3fe');
INSERT INTO upgrade_fixture.entries VALUES (1, 158, 1763384472633768, 'log_01M957S7B7Y36VWF88J054SDNV', 'assistant', 'ass_5', 'updated', 'assistant.updated', 'u2', NULL, NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"assistant.updated","id":"log_01M957S7B7Y36VWF88J054SDNV","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"ass_5","resource_name":"Escalation Rules","resource_type":"assistant","sequence":158,"targets":[{"id":"co_4","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-17T13:01:12.633768Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3792027a26613d459ea5c7e2fdd46bf2152c86eee34e995e8caa175d9c684bbd');
INSERT INTO upgrade_fixture.entries VALUES (1, 159, 1763388043912517, 'log_01M957S7B7Y36VWF88J054SDNW', 'workflow', 'wor_4', 'viewed', 'workflow.viewed', 'u2', 'd2', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xreport'' ''o1xweekly''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d2","event":"workflow.viewed","id":"log_01M957S7B7Y36VWF88J054SDNW","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"wor_4","resource_name":"Weekly Report","resource_type":"workflow","sequence":159,"targets":[{"id":"as_5","name":"Knowledge Base","type":"assistant"}],"timestamp":"2025-11-17T14:00:43.912517Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xce2308041591e90198c7b56b987dff139767ad4a6c606e835efb642d15f1fe23');
INSERT INTO upgrade_fixture.entries VALUES (1, 160, 1763391784537496, 'log_01M957S7B7Y36VWF88J054SDNX', 'mcp_configuration', 'mcp_9', 'updated', 'mcp_configuration.updated', 'u1', 'd3', NULL, '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d3","event":"mcp_configuration.updated","id":"log_01M957S7B7Y36VWF88J054SDNX","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"mcp_9","resource_name":"Billing Workflow","resource_type":"mcp_configuration","sequence":160,"targets":[{"id":"co_0","name":"Onboarding Thread","type":"connection"},{"id":"as_4","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-17T15:03:04.537496Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xde4d1ec0de240aed604e2e79fab632deb32f5a319b43797ab2a711872a5e00e9');
INSERT INTO upgrade_fixture.entries VALUES (1, 161, 1763397327432513, 'log_01M957S7B7Y36VWF88J054SDNY', 'mcp_configuration', 'mcp_5', 'updated', 'mcp_configuration.updated', 'u3', 'd3', 'acme-evt-160', '''o1xalan'' ''o1xexample'' ''o1xorg'' ''o1xreport'' ''o1xturing'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.updated","id":"log_01M957S7B7Y36VWF88J054SDNY","idempotency_key":"acme-evt-160","metadata":{"country":"CH","ip_address":"10.0.6.160","request":{"n":160},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"mcp_5","resource_name":"Weekly Report","resource_type":"mcp_configuration","sequence":161,"targets":[],"timestamp":"2025-11-17T16:35:27.432513Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xe5925842ac7d6260f1c83e9c7c25a50fb8711528d2f6772f7b94ad9726a2c62a');
INSERT INTO upgrade_fixture.entries VALUES (1, 162, 1763400288880672, 'log_01M957S7B7Y36VWF88J054SDNZ', 'vector_store', 'vec_10', 'created', 'vector_store.created', 'u1', 'd3', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xonboarding'' ''o1xthread''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.created","id":"log_01M957S7B7Y36VWF88J054SDNZ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.472124Z","resource_id":"vec_10","resource_name":"Onboarding Thread","resource_type":"vector_store","sequence":162,"targets":[{"id":"as_1","name":"Sales Assistant","type":"assistant"}],"timestamp":"2025-11-17T17:24:48.880672Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x6465454ab84707e0635e238f5fb9d228c4de2955eec6b78f9653e96165acce62');
INSERT INTO upgrade_fixture.entries VALUES (1, 163, 1763405210857990, 'log_01M957S7BC4PA5HTC427FM7CPW', 'workflow', 'wor_11', 'created', 'workflow.created', 'u2', 'd3', NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"workflow.created","id":"log_01M957S7BC4PA5HTC427FM7CPW","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.477217Z","resource_id":"wor_11","resource_name":"Onboarding Thread","resource_type":"workflow","sequence":163,"targets":[],"timestamp":"2025-11-17T18:46:50.85799Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x78ca6f2298ceb03f81f539141ab1881acd0bfd10617d995513c498984a8b5e8f');
INSERT INTO upgrade_fixture.entries VALUES (1, 164, 1763408700495300, 'log_01M957S7BF1J19FPTV0VWC4S4W', 'connection', 'con_1', 'updated', 'connection.updated', 'u3', 'd2', NULL, '''o1xalan'' ''o1xbase'' ''o1xexample'' ''o1xknowledge'' ''o1xorg'' ''o1xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"connection.updated","id":"log_01M957S7BF1J19FPTV0VWC4S4W","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.47949Z","resource_id":"con_1","resource_name":"Knowledge Base","resource_type":"connection","sequence":164,"targets":[{"id":"as_0","name":"Knowledge Base","type":"assistant"},{"id":"wo_4","name":"Knowledge Base","type":"workflow"}],"timestamp":"2025-11-17T19:45:00.4953Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xb9ee1589b90f250d1b6e6f5356918d189d425b23e4bac10d9a3421d2d0719560');
INSERT INTO upgrade_fixture.entries VALUES (1, 165, 1763412134689146, 'log_01M957S7BH739H21HT9821KDKN', 'document', 'doc_11', 'updated', 'document.updated', 'u4', 'd3', NULL, '''o1xassistant'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"document.updated","id":"log_01M957S7BH739H21HT9821KDKN","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.3.164","request":{"n":164},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"doc_11","resource_name":"Zürich Office Assistant","resource_type":"document","sequence":165,"targets":[{"id":"wo_0","name":"support-bot-v2","type":"workflow"}],"timestamp":"2025-11-17T20:42:14.689146Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xd8c130792f13412a53dbd8445a175575b2d81da1427e663d7ac375bcd7058537');
INSERT INTO upgrade_fixture.entries VALUES (1, 166, 1763412134689146, 'log_01M957S7BH739H21HT9821KDKP', 'connection', 'con_1', 'updated', 'connection.updated', 'u4', 'd3', 'acme-evt-165', '''o1xbilling'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"connection.updated","id":"log_01M957S7BH739H21HT9821KDKP","idempotency_key":"acme-evt-165","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"con_1","resource_name":"Billing Workflow","resource_type":"connection","sequence":166,"targets":[{"id":"wo_1","name":"Supply Chain Connection","type":"workflow"},{"id":"wo_2","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-17T20:42:14.689146Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xe9eb1c09434137536c15a3bc250e31cad3a186fbfa49cd0e694436f77a1766cd');
INSERT INTO upgrade_fixture.entries VALUES (1, 167, 1763417892286748, 'log_01M957S7BH739H21HT9821KDKQ', 'connection', 'con_4', 'created', 'connection.created', 'u3', 'd2', NULL, '''o1xalan'' ''o1xexample'' ''o1xonboarding'' ''o1xorg'' ''o1xthread'' ''o1xturing''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"connection.created","id":"log_01M957S7BH739H21HT9821KDKQ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"con_4","resource_name":"Onboarding Thread","resource_type":"connection","sequence":167,"targets":[],"timestamp":"2025-11-17T22:18:12.286748Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xb20f4cc19eea15837c3606b6569456116d09f26fcfd47b7952a3bacb7337e918');
INSERT INTO upgrade_fixture.entries VALUES (1, 168, 1763421371836949, 'log_01M957S7BH739H21HT9821KDKR', 'rule', 'rul_8', 'updated', 'rule.updated', 'u2', 'd1', NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"rule.updated","id":"log_01M957S7BH739H21HT9821KDKR","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"rul_8","resource_name":"Customer Support Bot","resource_type":"rule","sequence":168,"targets":[{"id":"as_5","name":"Weekly Report","type":"assistant"},{"id":"co_3","name":"Supply Chain Connection","type":"connection"}],"timestamp":"2025-11-17T23:16:11.836949Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xccbe8b7ed50826265ec8cf792ff903e6cb6b9958c92105996ccd03681e227d3a');
INSERT INTO upgrade_fixture.entries VALUES (1, 169, 1763426250473750, 'log_01M957S7BH739H21HT9821KDKS', 'assistant', 'ass_3', 'updated', 'assistant.updated', 'u1', NULL, NULL, '''o1xada'' ''o1xassistant'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsales''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"assistant.updated","id":"log_01M957S7BH739H21HT9821KDKS","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.0.168","request":{"n":168},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"ass_3","resource_name":"Sales Assistant","resource_type":"assistant","sequence":169,"targets":[{"id":"co_5","name":"Billing Workflow","type":"connection"},{"id":"co_3","name":"Weekly Report","type":"connection"}],"timestamp":"2025-11-18T00:37:30.47375Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xaa6f480fae3e931a699360718156b9117f608ff8976f71d2d94479b88037fda1');
INSERT INTO upgrade_fixture.entries VALUES (1, 170, 1763430096930224, 'log_01M957S7BH739H21HT9821KDKT', 'connection', 'con_1', 'created', 'connection.created', 'u3', 'd1', NULL, '''o1xalan'' ''o1xassistant'' ''o1xexample'' ''o1xoffice'' ''o1xorg'' ''o1xturing'' ''o1xzürich''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d1","event":"connection.created","id":"log_01M957S7BH739H21HT9821KDKT","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"con_1","resource_name":"Zürich Office Assistant","resource_type":"connection","sequence":170,"targets":[],"timestamp":"2025-11-18T01:41:36.930224Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x85a040c0b5bd8e4731f0ffe1892aeec510af58654773d168f8672457fbfcdc43');
INSERT INTO upgrade_fixture.entries VALUES (1, 171, 1762087990792810, 'log_01M957S7BH739H21HT9821KDKV', 'vector_store', 'vec_9', 'updated', 'vector_store.updated', 'u4', NULL, 'acme-evt-170', '''o1xassistant'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xoffice'' ''o1xzürich''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.updated","id":"log_01M957S7BH739H21HT9821KDKV","idempotency_key":"acme-evt-170","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"vec_9","resource_name":"Zürich Office Assistant","resource_type":"vector_store","sequence":171,"targets":[],"timestamp":"2025-11-02T12:53:10.79281Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x2276d368b83236557b9cc2b9cc4be01eb22d2a57352b363699716cf2135fae1e');
INSERT INTO upgrade_fixture.entries VALUES (1, 172, 1763437520720880, 'log_01M957S7BH739H21HT9821KDKW', 'rule', 'rul_9', 'deleted', 'rule.deleted', 'u1', NULL, NULL, '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":null,"event":"rule.deleted","id":"log_01M957S7BH739H21HT9821KDKW","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"rul_9","resource_name":"Billing Workflow","resource_type":"rule","sequence":172,"targets":[{"id":"as_3","name":"Sales Assistant","type":"assistant"},{"id":"co_5","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-18T03:45:20.72088Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x5b59a77a09da9d90ed224fdb021f61bd6888e02ca785dcd659a699bb0e7f1d14');
INSERT INTO upgrade_fixture.entries VALUES (1, 173, 1763438777675063, 'log_01M957S7BH739H21HT9821KDKX', 'workflow', 'wor_5', 'shared', 'workflow.shared', 'u4', NULL, NULL, '''o1xbase'' ''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xknowledge'' ''o1xnl''', '{"action":"shared","actor_type":"user","changes":[],"department_id":null,"event":"workflow.shared","id":"log_01M957S7BH739H21HT9821KDKX","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.4.172","request":{"n":172},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"wor_5","resource_name":"Knowledge Base","resource_type":"workflow","sequence":173,"targets":[{"id":"co_0","name":"Sales Assistant","type":"connection"},{"id":"co_4","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-18T04:06:17.675063Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xaa843fd390f12baa7f459100b1a0835d52010d7fef6bb00fea5bc7245a388f10');
INSERT INTO upgrade_fixture.entries VALUES (1, 174, 1763442164496716, 'log_01M957S7BH739H21HT9821KDKY', 'workflow', 'wor_1', 'updated', 'workflow.updated', 'u3', 'd2', NULL, '''o1xalan'' ''o1xbilling'' ''o1xexample'' ''o1xorg'' ''o1xturing'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"workflow.updated","id":"log_01M957S7BH739H21HT9821KDKY","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"wor_1","resource_name":"Billing Workflow","resource_type":"workflow","sequence":174,"targets":[{"id":"co_5","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-18T05:02:44.496716Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x50a17d96e21a569ed6ecfb7cb4b6fda9ea5b2bed2778b5d77eb09745f85ed042');
INSERT INTO upgrade_fixture.entries VALUES (1, 175, 1763448164010716, 'log_01M957S7BH739H21HT9821KDKZ', 'workflow', 'wor_3', 'viewed', 'workflow.viewed', 'u2', NULL, NULL, '''o1xescalation'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xrules''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"workflow.viewed","id":"log_01M957S7BH739H21HT9821KDKZ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"wor_3","resource_name":"Escalation Rules","resource_type":"workflow","sequence":175,"targets":[],"timestamp":"2025-11-18T06:42:44.010716Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xb598f0f99a5d0dd6e9284731a3b83af1548942ad42e716be4a3efc6766ddd48f');
INSERT INTO upgrade_fixture.entries VALUES (1, 176, 1763451862295178, 'log_01M957S7BH739H21HT9821KDM0', 'rule', 'rul_10', 'updated', 'rule.updated', 'u2', NULL, 'acme-evt-175', '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S7BH739H21HT9821KDM0","idempotency_key":"acme-evt-175","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"rul_10","resource_name":"Supply Chain Connection","resource_type":"rule","sequence":176,"targets":[],"timestamp":"2025-11-18T07:44:22.295178Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xfe359a5f6c5628a34033df9a3c23ac984857c62483bab8f8a50bc8c05efa0a6a');
INSERT INTO upgrade_fixture.entries VALUES (1, 177, 1763451862295178, 'log_01M957S7BH739H21HT9821KDM1', 'document', 'doc_0', 'updated', 'document.updated', 'u1', 'd2', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"document.updated","id":"log_01M957S7BH739H21HT9821KDM1","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.176","request":{"n":176},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"doc_0","resource_name":"Weekly Report","resource_type":"document","sequence":177,"targets":[],"timestamp":"2025-11-18T07:44:22.295178Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x597bac31a36179b57a23fc72bfd1db08e6bd38029a5b4beb3512329318388db4');
INSERT INTO upgrade_fixture.entries VALUES (1, 178, 1763458144042336, 'log_01M957S7BH739H21HT9821KDM2', 'mcp_configuration', 'mcp_8', 'updated', 'mcp_configuration.updated', 'u4', 'd1', NULL, '''o1xdijkstra'' ''o1xedsger'' ''o1xescalation'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xrules''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":"d1","event":"mcp_configuration.updated","id":"log_01M957S7BH739H21HT9821KDM2","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"mcp_8","resource_name":"Escalation Rules","resource_type":"mcp_configuration","sequence":178,"targets":[{"id":"co_5","name":"Supply Chain Connection","type":"connection"},{"id":"co_1","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-18T09:29:04.042336Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x58c23b4c6cded4b9aca58e4a790f075f75564234a1bf6eb4522678b53403d652');
INSERT INTO upgrade_fixture.entries VALUES (1, 179, 1763460656934864, 'log_01M957S7BH739H21HT9821KDM3', 'connection', 'con_2', 'updated', 'connection.updated', 'u6', NULL, NULL, '''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"connection.updated","id":"log_01M957S7BH739H21HT9821KDM3","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"con_2","resource_name":"Onboarding Thread","resource_type":"connection","sequence":179,"targets":[],"timestamp":"2025-11-18T10:10:56.934864Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\x2263b620ac7b4c94770cdadac04c18dd7f28744734f820b16801467610d22404');
INSERT INTO upgrade_fixture.entries VALUES (1, 180, 1763465317845323, 'log_01M957S7BH739H21HT9821KDM4', 'thread', 'thr_6', 'updated', 'thread.updated', 'u6', NULL, NULL, '''o1xbot'' ''o1xcustomer'' ''o1xdonald'' ''o1xedu'' ''o1xexample'' ''o1xknuth'' ''o1xsupport''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"thread.updated","id":"log_01M957S7BH739H21HT9821KDM4","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"thr_6","resource_name":"Customer Support Bot","resource_type":"thread","sequence":180,"targets":[{"id":"co_2","name":"Onboarding Thread","type":"connection"},{"id":"wo_5","name":"support-bot-v2","type":"workflow"}],"timestamp":"2025-11-18T11:28:37.845323Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\x0d8339d9134be341758ab7fd0ded428b7455b03d950b6275086be2093b996f4e');
INSERT INTO upgrade_fixture.entries VALUES (1, 181, 1763470094674386, 'log_01M957S7BH739H21HT9821KDM5', 'vector_store', 'vec_2', 'deleted', 'vector_store.deleted', 'u2', 'd2', 'acme-evt-180', '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"deleted","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d2","event":"vector_store.deleted","id":"log_01M957S7BH739H21HT9821KDM5","idempotency_key":"acme-evt-180","metadata":{"country":"US","ip_address":"10.0.5.180","request":{"n":180},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"vec_2","resource_name":"Customer Support Bot","resource_type":"vector_store","sequence":181,"targets":[],"timestamp":"2025-11-18T12:48:14.674386Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xfb1a5292648cb96ad0cae1cdd1876910b0faefd4c90a710d4dd5abf35badc26d');
INSERT INTO upgrade_fixture.entries VALUES (1, 182, 1763470927270913, 'log_01M957S7BH739H21HT9821KDM6', 'assistant', 'ass_3', 'viewed', 'assistant.viewed', 'u1', 'd2', NULL, '''o1xada'' ''o1xbot'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xsupport'' ''o1xv2''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d2","event":"assistant.viewed","id":"log_01M957S7BH739H21HT9821KDM6","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"ass_3","resource_name":"support-bot-v2","resource_type":"assistant","sequence":182,"targets":[],"timestamp":"2025-11-18T13:02:07.270913Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x55efe5fd0a4547ac101140410481d22ca0b0065aac28e80eafb6dfeabfceb061');
INSERT INTO upgrade_fixture.entries VALUES (1, 183, 1763475689981191, 'log_01M957S7BH739H21HT9821KDM7', 'assistant', 'ass_2', 'created', 'assistant.created', 'u1', 'd1', NULL, '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d1","event":"assistant.created","id":"log_01M957S7BH739H21HT9821KDM7","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"ass_2","resource_name":"Billing Workflow","resource_type":"assistant","sequence":183,"targets":[{"id":"wo_1","name":"Weekly Report","type":"workflow"}],"timestamp":"2025-11-18T14:21:29.981191Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x1d7648dd09976a4f360f9e8aef065d54345a90e72e5008ce75138d4db38a75d0');
INSERT INTO upgrade_fixture.entries VALUES (1, 184, 1763478799609281, 'log_01M957S7BH739H21HT9821KDM8', 'workflow', 'wor_7', 'deleted', 'workflow.deleted', 'u2', 'd1', NULL, '''o1xbot'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport'' ''o1xv2''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d1","event":"workflow.deleted","id":"log_01M957S7BH739H21HT9821KDM8","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"wor_7","resource_name":"support-bot-v2","resource_type":"workflow","sequence":184,"targets":[{"id":"wo_1","name":"Weekly Report","type":"workflow"}],"timestamp":"2025-11-18T15:13:19.609281Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x6bdf38b7a0057dd8cab54f8f31ab2169d1a29fab10886d2d8a516f198ffb9b84');
INSERT INTO upgrade_fixture.entries VALUES (1, 185, 1763484573333587, 'log_01M957S7BH739H21HT9821KDM9', 'document', 'doc_4', 'created', 'document.created', 'u4', 'd2', NULL, '''o1xdijkstra'' ''o1xedsger'' ''o1xewd'' ''o1xexample'' ''o1xnl'' ''o1xreport'' ''o1xweekly''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"document.created","id":"log_01M957S7BH739H21HT9821KDM9","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.2.184","request":{"n":184},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"doc_4","resource_name":"Weekly Report","resource_type":"document","sequence":185,"targets":[],"timestamp":"2025-11-18T16:49:33.333587Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x639a87bd16eaee7e165f91c647b89b862f6252c948676d90b5009fdd84c96fd8');
INSERT INTO upgrade_fixture.entries VALUES (1, 186, 1763488073050087, 'log_01M957S7BH739H21HT9821KDMA', 'document', 'doc_0', 'updated', 'document.updated', 'u1', NULL, 'acme-evt-185', '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xreport'' ''o1xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"document.updated","id":"log_01M957S7BH739H21HT9821KDMA","idempotency_key":"acme-evt-185","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"doc_0","resource_name":"Weekly Report","resource_type":"document","sequence":186,"targets":[{"id":"as_0","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-18T17:47:53.050087Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x0872d98490c8cbd196f0aabf92f53895f23623893d9227f0a9be0e84e169a13f');
INSERT INTO upgrade_fixture.entries VALUES (1, 187, 1763490130339470, 'log_01M957S7BH739H21HT9821KDMB', 'workflow', 'wor_8', 'shared', 'workflow.shared', 'u2', NULL, NULL, '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"workflow.shared","id":"log_01M957S7BH739H21HT9821KDMB","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"wor_8","resource_name":"Supply Chain Connection","resource_type":"workflow","sequence":187,"targets":[{"id":"as_4","name":"Billing Workflow","type":"assistant"},{"id":"co_2","name":"Billing Workflow","type":"connection"}],"timestamp":"2025-11-18T18:22:10.33947Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x9f6d87ee009e8d2bd00857d49ac2b798fb5d79603549a00c2b078b303237f1c3');
INSERT INTO upgrade_fixture.entries VALUES (1, 188, 1761973610017590, 'log_01M957S7BH739H21HT9821KDMC', 'document', 'doc_2', 'updated', 'document.updated', 'u2', 'd3', NULL, '''o1xbilling'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xworkflow''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"document.updated","id":"log_01M957S7BH739H21HT9821KDMC","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"doc_2","resource_name":"Billing Workflow","resource_type":"document","sequence":188,"targets":[],"timestamp":"2025-11-01T05:06:50.01759Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x7f37478b8521cfb12b76cd50541d0244ac4632e229a0dc32dbe8e62cbe70a5a9');
INSERT INTO upgrade_fixture.entries VALUES (1, 189, 1763498516748204, 'log_01M957S7BH739H21HT9821KDMD', 'mcp_configuration', 'mcp_2', 'deleted', 'mcp_configuration.deleted', 'u2', NULL, NULL, '''o1xbot'' ''o1xcustomer'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupport''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"mcp_configuration.deleted","id":"log_01M957S7BH739H21HT9821KDMD","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.6.188","request":{"n":188},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.482296Z","resource_id":"mcp_2","resource_name":"Customer Support Bot","resource_type":"mcp_configuration","sequence":189,"targets":[{"id":"wo_2","name":"Supply Chain Connection","type":"workflow"},{"id":"as_5","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-18T20:41:56.748204Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x3a1d433ad8b23de1ac57d84f6aa005537f1e7105ed9c661af00b2586d56fd7b2');
INSERT INTO upgrade_fixture.entries VALUES (1, 190, 1763500017634623, 'log_01M957S7BPZ78S4SXPQDG1W4SG', 'mcp_configuration', 'mcp_1', 'deleted', 'mcp_configuration.deleted', 'u5', NULL, NULL, '''o1xbarbara'' ''o1xcom'' ''o1xexample'' ''o1xliskov'' ''o1xonboarding'' ''o1xthread''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":null,"event":"mcp_configuration.deleted","id":"log_01M957S7BPZ78S4SXPQDG1W4SG","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.487515Z","resource_id":"mcp_1","resource_name":"Onboarding Thread","resource_type":"mcp_configuration","sequence":190,"targets":[],"timestamp":"2025-11-18T21:06:57.634623Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xea823a45646922dcb3cf7b26d21c214aa5684119310fda177bb21d67754f2816');
INSERT INTO upgrade_fixture.entries VALUES (1, 191, 1763505918364642, 'log_01M957S7BPZ78S4SXPQDG1W4SH', 'thread', 'thr_4', 'shared', 'thread.shared', 'u5', NULL, 'acme-evt-190', '''o1xbarbara'' ''o1xchain'' ''o1xcom'' ''o1xconnection'' ''o1xexample'' ''o1xliskov'' ''o1xsupply''', '{"action":"shared","actor_type":"user","changes":[],"department_id":null,"event":"thread.shared","id":"log_01M957S7BPZ78S4SXPQDG1W4SH","idempotency_key":"acme-evt-190","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.487515Z","resource_id":"thr_4","resource_name":"Supply Chain Connection","resource_type":"thread","sequence":191,"targets":[],"timestamp":"2025-11-18T22:45:18.364642Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x628833c9df8d035a1d51f12b83303104eeaee9e570dead7ce4018a36a2a205ca');
INSERT INTO upgrade_fixture.entries VALUES (1, 192, 1763509636807484, 'log_01M957S7BPZ78S4SXPQDG1W4SJ', 'vector_store', 'vec_11', 'created', 'vector_store.created', 'u2', 'd2', NULL, '''o1xchain'' ''o1xconnection'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsupply''', '{"action":"created","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.created","id":"log_01M957S7BPZ78S4SXPQDG1W4SJ","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.487515Z","resource_id":"vec_11","resource_name":"Supply Chain Connection","resource_type":"vector_store","sequence":192,"targets":[{"id":"wo_4","name":"Zürich Office Assistant","type":"workflow"}],"timestamp":"2025-11-18T23:47:16.807484Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x0524a6b3c631ac7d021c1495815dab593cc017a911ad127f8d98471db2d42688');
INSERT INTO upgrade_fixture.entries VALUES (1, 193, 1763511113503847, 'log_01M957S7BPZ78S4SXPQDG1W4SK', 'document', 'doc_5', 'updated', 'document.updated', 'u2', NULL, NULL, '''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xonboarding'' ''o1xthread''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"document.updated","id":"log_01M957S7BPZ78S4SXPQDG1W4SK","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.3.192","request":{"n":192},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.487515Z","resource_id":"doc_5","resource_name":"Onboarding Thread","resource_type":"document","sequence":193,"targets":[],"timestamp":"2025-11-19T00:11:53.503847Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x211b86fcac927f3c65f32a728778b8f5bf35f83164816b9b3c3862a51fa7f22c');
INSERT INTO upgrade_fixture.entries VALUES (1, 194, 1763515944760536, 'log_01M957S7BPZ78S4SXPQDG1W4SM', 'connection', 'con_4', 'shared', 'connection.shared', 'u2', 'd2', NULL, '''o1xbase'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xknowledge'' ''o1xnavy''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"connection.shared","id":"log_01M957S7BPZ78S4SXPQDG1W4SM","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.487515Z","resource_id":"con_4","resource_name":"Knowledge Base","resource_type":"connection","sequence":194,"targets":[],"timestamp":"2025-11-19T01:32:24.760536Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xd0e8b18405d6694718fa423fccfc6c0c9bf72447298921a0ff7162e4a9377e2a');
INSERT INTO upgrade_fixture.entries VALUES (1, 195, 1763518635070565, 'log_01M957S7BSX269XM00M30X3G90', 'connection', 'con_3', 'shared', 'connection.shared', 'u3', 'd2', NULL, '''o1xalan'' ''o1xbilling'' ''o1xexample'' ''o1xorg'' ''o1xturing'' ''o1xworkflow''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d2","event":"connection.shared","id":"log_01M957S7BSX269XM00M30X3G90","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.490535Z","resource_id":"con_3","resource_name":"Billing Workflow","resource_type":"connection","sequence":195,"targets":[{"id":"as_3","name":"Knowledge Base","type":"assistant"}],"timestamp":"2025-11-19T02:17:15.070565Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x57e5033a76fa83e966888f91f6ca3cd882353bffac43897b895d8b3a3f828780');
INSERT INTO upgrade_fixture.entries VALUES (1, 196, 1763523675982325, 'log_01M957S7BSX269XM00M30X3G91', 'vector_store', 'vec_11', 'viewed', 'vector_store.viewed', 'u1', 'd3', 'acme-evt-195', '''o1xada'' ''o1xcom'' ''o1xescalation'' ''o1xexample'' ''o1xlovelace'' ''o1xrules''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"vector_store.viewed","id":"log_01M957S7BSX269XM00M30X3G91","idempotency_key":"acme-evt-195","metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.490535Z","resource_id":"vec_11","resource_name":"Escalation Rules","resource_type":"vector_store","sequence":196,"targets":[{"id":"as_5","name":"Escalation Rules","type":"assistant"}],"timestamp":"2025-11-19T03:41:15.982325Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xca49c7c72fc98410cfff49d597a70a9a7351573db7f7e9ef5bae9379b7b7799b');
INSERT INTO upgrade_fixture.entries VALUES (1, 197, 1763527409551871, 'log_01M957S7BSX269XM00M30X3G92', 'connection', 'con_9', 'shared', 'connection.shared', 'u2', 'd3', NULL, '''o1xassistant'' ''o1xexample'' ''o1xgrace'' ''o1xhopper'' ''o1xnavy'' ''o1xsales''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d3","event":"connection.shared","id":"log_01M957S7BSX269XM00M30X3G92","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.0.196","request":{"n":196},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"acme","received_at":"2026-12-06T08:33:30.490535Z","resource_id":"con_9","resource_name":"Sales Assistant","resource_type":"connection","sequence":197,"targets":[],"timestamp":"2025-11-19T04:43:29.551871Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x4b2ff98c641903b8846623491f825b8a2e23f4b41f63715a5abb41de36267a46');
INSERT INTO upgrade_fixture.entries VALUES (1, 198, 1763529491039229, 'log_01M957S7BSX269XM00M30X3G93', 'vector_store', 'vec_0', 'viewed', 'vector_store.viewed', 'u1', 'd2', NULL, '''o1xada'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xonboarding'' ''o1xthread''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d2","event":"vector_store.viewed","id":"log_01M957S7BSX269XM00M30X3G93","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.490535Z","resource_id":"vec_0","resource_name":"Onboarding Thread","resource_type":"vector_store","sequence":198,"targets":[{"id":"as_4","name":"Customer Support Bot","type":"assistant"},{"id":"wo_3","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-19T05:18:11.039229Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x48a093f081c03c2fd8f2f722cc0d2c7a058b6d399245db0169df5a81aa00e8f7');
INSERT INTO upgrade_fixture.entries VALUES (1, 199, 1763529491039229, 'log_01M957S7BTKTVYYYKRMHSYD53W', 'thread', 'thr_11', 'created', 'thread.created', 'u1', 'd1', NULL, '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d1","event":"thread.created","id":"log_01M957S7BTKTVYYYKRMHSYD53W","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.490535Z","resource_id":"thr_11","resource_name":"Billing Workflow","resource_type":"thread","sequence":199,"targets":[{"id":"wo_1","name":"support-bot-v2","type":"workflow"},{"id":"co_1","name":"Weekly Report","type":"connection"}],"timestamp":"2025-11-19T05:18:11.039229Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xed25e0577fec3fdd9047120cb2a5e046327a1d68938fb74c36fd2bf8efe7fe09');
INSERT INTO upgrade_fixture.entries VALUES (1, 200, 1763538164720716, 'log_01M957S7BXZV1NTZMBMYJ8D17P', 'workflow', 'wor_8', 'viewed', 'workflow.viewed', 'u1', NULL, NULL, '''o1xada'' ''o1xbilling'' ''o1xcom'' ''o1xexample'' ''o1xlovelace'' ''o1xworkflow''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"workflow.viewed","id":"log_01M957S7BXZV1NTZMBMYJ8D17P","idempotency_key":null,"metadata":{},"organization_id":"acme","received_at":"2026-12-06T08:33:30.49352Z","resource_id":"wor_8","resource_name":"Billing Workflow","resource_type":"workflow","sequence":200,"targets":[],"timestamp":"2025-11-19T07:42:44.720716Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x660964b8fa4409b38ba247315f0355ea315ac728388537b3d55816bfd5aab1f5');
INSERT INTO upgrade_fixture.entries VALUES (2, 1, 1762162188366772, 'log_01M957S7C03RJBHEMND091F9AY', 'connection', 'con_1', 'created', 'connection.created', 'u2', 'd2', 'globex-evt-0', '''o2xbilling'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xworkflow''', '{"action":"created","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d2","event":"connection.created","id":"log_01M957S7C03RJBHEMND091F9AY","idempotency_key":"globex-evt-0","metadata":{"country":"CH","ip_address":"10.0.0.0","request":{"n":0},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.49746Z","resource_id":"con_1","resource_name":"Billing Workflow","resource_type":"connection","sequence":1,"targets":[],"timestamp":"2025-11-03T09:29:48.366772Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x9cb5a742dc25f4ed6d87a550a992242b916544032a356de75313ff8539af7719');
INSERT INTO upgrade_fixture.entries VALUES (2, 2, 1762825082824358, 'log_01M957S7C03RJBHEMND091F9AZ', 'document', 'doc_6', 'updated', 'document.updated', 'u3', 'd1', NULL, '''o2xalan'' ''o2xassistant'' ''o2xexample'' ''o2xorg'' ''o2xsales'' ''o2xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"document.updated","id":"log_01M957S7C03RJBHEMND091F9AZ","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.49746Z","resource_id":"doc_6","resource_name":"Sales Assistant","resource_type":"document","sequence":2,"targets":[],"timestamp":"2025-11-11T01:38:02.824358Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x1db5d964012dd748a7f142d0e408847d34ea82a091f407dcef475b5c6be151e6');
INSERT INTO upgrade_fixture.entries VALUES (2, 3, 1762826502069338, 'log_01M957S7C1G90ACDZSNYA1PKTV', 'workflow', 'wor_6', 'deleted', 'workflow.deleted', 'u2', NULL, NULL, '''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xreport'' ''o2xweekly''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"workflow.deleted","id":"log_01M957S7C1G90ACDZSNYA1PKTV","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.49746Z","resource_id":"wor_6","resource_name":"Weekly Report","resource_type":"workflow","sequence":3,"targets":[{"id":"wo_5","name":"Customer Support Bot","type":"workflow"}],"timestamp":"2025-11-11T02:01:42.069338Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x55557d136f43e32df84129e9ee32e14bc9bf183aa8b6bea90375915352dd11c9');
INSERT INTO upgrade_fixture.entries VALUES (2, 4, 1762831860499340, 'log_01M957S7C1G90ACDZSNYA1PKTW', 'vector_store', 'vec_0', 'updated', 'vector_store.updated', 'u2', 'd1', NULL, '''o2xbot'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xsupport'' ''o2xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7C1G90ACDZSNYA1PKTW","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.49746Z","resource_id":"vec_0","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":4,"targets":[{"id":"co_3","name":"Escalation Rules","type":"connection"}],"timestamp":"2025-11-11T03:31:00.49934Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xf37c620eefe3fe82a86a97a7f74b40e184c575030da3d3f29c26f374010a3cf5');
INSERT INTO upgrade_fixture.entries VALUES (2, 5, 1762834950969050, 'log_01M957S7C1G90ACDZSNYA1PKTX', 'assistant', 'ass_0', 'viewed', 'assistant.viewed', 'u5', 'd3', NULL, '''o2xbarbara'' ''o2xbilling'' ''o2xcom'' ''o2xexample'' ''o2xliskov'' ''o2xworkflow''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.viewed","id":"log_01M957S7C1G90ACDZSNYA1PKTX","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.4.4","request":{"n":4},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.49746Z","resource_id":"ass_0","resource_name":"Billing Workflow","resource_type":"assistant","sequence":5,"targets":[{"id":"co_1","name":"Sales Assistant","type":"connection"},{"id":"wo_2","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-11T04:22:30.96905Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xeba2e9bf1e3ed417ea6cabe4d46e625559dd0e260de190f75c1d015f29a31907');
INSERT INTO upgrade_fixture.entries VALUES (2, 6, 1762838107969333, 'log_01M957S7C31AYH20GYZDHP0MHS', 'vector_store', 'vec_1', 'viewed', 'vector_store.viewed', 'svc', 'd2', 'globex-evt-5', '''o2xbot'' ''o2xcustomer'' ''o2xnightly'' ''o2xsupport'' ''o2xsync''', '{"action":"viewed","actor_type":"system","changes":[],"department_id":"d2","event":"vector_store.viewed","id":"log_01M957S7C31AYH20GYZDHP0MHS","idempotency_key":"globex-evt-5","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_1","resource_name":"Customer Support Bot","resource_type":"vector_store","sequence":6,"targets":[],"timestamp":"2025-11-11T05:15:07.969333Z","user_email":null,"user_id":"svc","user_name":"Nightly Sync"}', '\xb1dccce1b77c53f6240b0174abe454cfbb24ff21a948500f7100fd36ff458d83');
INSERT INTO upgrade_fixture.entries VALUES (2, 7, 1762841051282869, 'log_01M957S7C31AYH20GYZDHP0MHT', 'mcp_configuration', 'mcp_7', 'created', 'mcp_configuration.created', 'u2', 'd3', NULL, '''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xonboarding'' ''o2xthread''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d3","event":"mcp_configuration.created","id":"log_01M957S7C31AYH20GYZDHP0MHT","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"mcp_7","resource_name":"Onboarding Thread","resource_type":"mcp_configuration","sequence":7,"targets":[{"id":"as_5","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-11T06:04:11.282869Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x8be58d7f42dc38a1715c635085d1e7707615e41bdf01d685309164957380d216');
INSERT INTO upgrade_fixture.entries VALUES (2, 9, 1762849764281116, 'log_01M957S7C31AYH20GYZDHP0MHW', 'connection', 'con_0', 'viewed', 'connection.viewed', 'u2', NULL, NULL, '''o2xassistant'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xoffice'' ''o2xzürich''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"connection.viewed","id":"log_01M957S7C31AYH20GYZDHP0MHW","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.8","request":{"n":8},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"con_0","resource_name":"Zürich Office Assistant","resource_type":"connection","sequence":9,"targets":[{"id":"co_0","name":"Zürich Office Assistant","type":"connection"}],"timestamp":"2025-11-11T08:29:24.281116Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xc802f08dca02cef7ed402508995a36c95f335bc7e702459ae2ded3d9b1fbd481');
INSERT INTO upgrade_fixture.entries VALUES (2, 10, 1762853649046431, 'log_01M957S7C31AYH20GYZDHP0MHX', 'document', 'doc_11', 'updated', 'document.updated', 'u3', NULL, NULL, '''o2xalan'' ''o2xbot'' ''o2xexample'' ''o2xorg'' ''o2xsupport'' ''o2xturing'' ''o2xv2''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":null,"event":"document.updated","id":"log_01M957S7C31AYH20GYZDHP0MHX","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_11","resource_name":"support-bot-v2","resource_type":"document","sequence":10,"targets":[{"id":"wo_0","name":"Onboarding Thread","type":"workflow"},{"id":"as_5","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-11T09:34:09.046431Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x20d880df942d1f91808ee13983905e6cad4c6865c799b02b2deba93bcd09a691');
INSERT INTO upgrade_fixture.entries VALUES (2, 11, 1762858061985059, 'log_01M957S7C31AYH20GYZDHP0MHY', 'vector_store', 'vec_10', 'created', 'vector_store.created', 'u3', NULL, 'globex-evt-10', '''o2xalan'' ''o2xbot'' ''o2xcustomer'' ''o2xexample'' ''o2xorg'' ''o2xsupport'' ''o2xturing''', '{"action":"created","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.created","id":"log_01M957S7C31AYH20GYZDHP0MHY","idempotency_key":"globex-evt-10","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_10","resource_name":"Customer Support Bot","resource_type":"vector_store","sequence":11,"targets":[{"id":"co_4","name":"support-bot-v2","type":"connection"},{"id":"co_1","name":"Customer Support Bot","type":"connection"}],"timestamp":"2025-11-11T10:47:41.985059Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x98bde9c195441e97a99f4e1f1a2e64218a0135c1987dabf3276850f370989764');
INSERT INTO upgrade_fixture.entries VALUES (2, 12, 1762858061985059, 'log_01M957S7C31AYH20GYZDHP0MHZ', 'mcp_configuration', 'mcp_11', 'updated', 'mcp_configuration.updated', 'u2', 'd2', NULL, '''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xreport'' ''o2xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d2","event":"mcp_configuration.updated","id":"log_01M957S7C31AYH20GYZDHP0MHZ","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"mcp_11","resource_name":"Weekly Report","resource_type":"mcp_configuration","sequence":12,"targets":[{"id":"wo_0","name":"Escalation Rules","type":"workflow"}],"timestamp":"2025-11-11T10:47:41.985059Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xf3e8b9b70de834760f1bb205de0b30dd97a279b554aaca5f7c4d40dfe1a79973');
INSERT INTO upgrade_fixture.entries VALUES (2, 13, 1762863175482825, 'log_01M957S7C31AYH20GYZDHP0MJ0', 'document', 'doc_0', 'deleted', 'document.deleted', 'u1', 'd2', NULL, '''o2xada'' ''o2xbot'' ''o2xcom'' ''o2xcustomer'' ''o2xexample'' ''o2xlovelace'' ''o2xsupport''', '{"action":"deleted","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":"d2","event":"document.deleted","id":"log_01M957S7C31AYH20GYZDHP0MJ0","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.5.12","request":{"n":12},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_0","resource_name":"Customer Support Bot","resource_type":"document","sequence":13,"targets":[],"timestamp":"2025-11-11T12:12:55.482825Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x9c4345c2e4b7caba2f9b1073afd2835063ef644992ba32631bcca0dbffbb36f9');
INSERT INTO upgrade_fixture.entries VALUES (2, 14, 1762866430259170, 'log_01M957S7C31AYH20GYZDHP0MJ1', 'rule', 'rul_8', 'updated', 'rule.updated', 'u3', NULL, NULL, '''o2xalan'' ''o2xexample'' ''o2xonboarding'' ''o2xorg'' ''o2xthread'' ''o2xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S7C31AYH20GYZDHP0MJ1","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"rul_8","resource_name":"Onboarding Thread","resource_type":"rule","sequence":14,"targets":[],"timestamp":"2025-11-11T13:07:10.25917Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x0b7c9f59205e0c75b797c54c3ead5e94efff08eb8ea977fcd789f7cf0fe95748');
INSERT INTO upgrade_fixture.entries VALUES (2, 15, 1762871799776281, 'log_01M957S7C31AYH20GYZDHP0MJ2', 'connection', 'con_9', 'viewed', 'connection.viewed', 'u1', 'd3', NULL, '''o2xada'' ''o2xbot'' ''o2xcom'' ''o2xcustomer'' ''o2xexample'' ''o2xlovelace'' ''o2xsupport''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"connection.viewed","id":"log_01M957S7C31AYH20GYZDHP0MJ2","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"con_9","resource_name":"Customer Support Bot","resource_type":"connection","sequence":15,"targets":[],"timestamp":"2025-11-11T14:36:39.776281Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xcf4ba60474cfac37b6ceb3b7ffc8deb5009414c5d323a2010b2fa8c36d67eca2');
INSERT INTO upgrade_fixture.entries VALUES (2, 16, 1762874840857960, 'log_01M957S7C31AYH20GYZDHP0MJ3', 'document', 'doc_1', 'shared', 'document.shared', 'u2', 'd3', 'globex-evt-15', '''o2xbilling'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xworkflow''', '{"action":"shared","actor_type":"user","changes":[],"department_id":"d3","event":"document.shared","id":"log_01M957S7C31AYH20GYZDHP0MJ3","idempotency_key":"globex-evt-15","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_1","resource_name":"Billing Workflow","resource_type":"document","sequence":16,"targets":[{"id":"co_4","name":"Sales Assistant","type":"connection"},{"id":"as_1","name":"Customer Support Bot","type":"assistant"}],"timestamp":"2025-11-11T15:27:20.85796Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x667822d289c7d4bd7f4f8df454e720b4f3d32b46ba12f7af41f2149aff8516de');
INSERT INTO upgrade_fixture.entries VALUES (2, 17, 1762879240701560, 'log_01M957S7C31AYH20GYZDHP0MJ4', 'assistant', 'ass_11', 'updated', 'assistant.updated', 'u6', 'd3', NULL, '''o2xdonald'' ''o2xedu'' ''o2xexample'' ''o2xknuth'' ''o2xreport'' ''o2xweekly''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"assistant.updated","id":"log_01M957S7C31AYH20GYZDHP0MJ4","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.2.16","request":{"n":16},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"ass_11","resource_name":"Weekly Report","resource_type":"assistant","sequence":17,"targets":[],"timestamp":"2025-11-11T16:40:40.70156Z","user_email":"knuth@example.edu","user_id":"u6","user_name":"Donald Knuth"}', '\xa3ce912980ad582e0d56a7982b17c90486979abc313a98855624a8b7991d9086');
INSERT INTO upgrade_fixture.entries VALUES (2, 18, 1762281489111391, 'log_01M957S7C31AYH20GYZDHP0MJ5', 'vector_store', 'vec_9', 'shared', 'vector_store.shared', 'u4', NULL, NULL, '''o2xbot'' ''o2xdijkstra'' ''o2xedsger'' ''o2xewd'' ''o2xexample'' ''o2xnl'' ''o2xsupport'' ''o2xv2''', '{"action":"shared","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.shared","id":"log_01M957S7C31AYH20GYZDHP0MJ5","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_9","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":18,"targets":[],"timestamp":"2025-11-04T18:38:09.111391Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x6e8021de818f527e7c69da845e40d0a136c31d8b14b874dc39490df052decea3');
INSERT INTO upgrade_fixture.entries VALUES (2, 19, 1762886855004745, 'log_01M957S7C4N3Y5DRBN50M1CTN9', 'workflow', 'wor_8', 'shared', 'workflow.shared', 'u1', NULL, NULL, '''o2xada'' ''o2xcom'' ''o2xescalation'' ''o2xexample'' ''o2xlovelace'' ''o2xrules''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"workflow.shared","id":"log_01M957S7C4N3Y5DRBN50M1CTN9","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"wor_8","resource_name":"Escalation Rules","resource_type":"workflow","sequence":19,"targets":[{"id":"as_2","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-11T18:47:35.004745Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x0f1f653ef4484305bb2e39c19441787a8c1a6036a2143dbf4cabbc774445de44');
INSERT INTO upgrade_fixture.entries VALUES (2, 20, 1762888802423038, 'log_01M957S7C4N3Y5DRBN50M1CTNA', 'rule', 'rul_6', 'deleted', 'rule.deleted', 'u3', NULL, NULL, '''o2xalan'' ''o2xassistant'' ''o2xexample'' ''o2xoffice'' ''o2xorg'' ''o2xturing'' ''o2xzürich''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"rule.deleted","id":"log_01M957S7C4N3Y5DRBN50M1CTNA","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"rul_6","resource_name":"Zürich Office Assistant","resource_type":"rule","sequence":20,"targets":[{"id":"as_2","name":"Weekly Report","type":"assistant"}],"timestamp":"2025-11-11T19:20:02.423038Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x3b179917ed2ea7dbec49d8d9cf946252b9e4147ec46f84db5c96d4d4972a801e');
INSERT INTO upgrade_fixture.entries VALUES (2, 21, 1762893309113971, 'log_01M957S7C4N3Y5DRBN50M1CTNB', 'rule', 'rul_3', 'updated', 'rule.updated', 'u2', NULL, 'globex-evt-20', '''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xonboarding'' ''o2xthread''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"rule.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNB","idempotency_key":"globex-evt-20","metadata":{"country":"DE","ip_address":"10.0.6.20","request":{"n":20},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"rul_3","resource_name":"Onboarding Thread","resource_type":"rule","sequence":21,"targets":[{"id":"wo_3","name":"Onboarding Thread","type":"workflow"}],"timestamp":"2025-11-11T20:35:09.113971Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\xf93a4b08442388c19599fedb61348c443a4f66c26eed62990d48065eae130f34');
INSERT INTO upgrade_fixture.entries VALUES (2, 22, 1762895629486051, 'log_01M957S7C4N3Y5DRBN50M1CTNC', 'vector_store', 'vec_11', 'updated', 'vector_store.updated', 'u3', 'd1', NULL, '''o2xalan'' ''o2xbase'' ''o2xexample'' ''o2xknowledge'' ''o2xorg'' ''o2xturing''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5}],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNC","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_11","resource_name":"Knowledge Base","resource_type":"vector_store","sequence":22,"targets":[{"id":"co_3","name":"Customer Support Bot","type":"connection"},{"id":"as_1","name":"Supply Chain Connection","type":"assistant"}],"timestamp":"2025-11-11T21:13:49.486051Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\xa8438f4931bb3d61e142b82fbecf47446741b4517840dc73c0a812b9e89e85e9');
INSERT INTO upgrade_fixture.entries VALUES (2, 23, 1762895629486051, 'log_01M957S7C4N3Y5DRBN50M1CTND', 'vector_store', 'vec_0', 'deleted', 'vector_store.deleted', 'u2', 'd1', NULL, '''o2xassistant'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xsales''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d1","event":"vector_store.deleted","id":"log_01M957S7C4N3Y5DRBN50M1CTND","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_0","resource_name":"Sales Assistant","resource_type":"vector_store","sequence":23,"targets":[],"timestamp":"2025-11-11T21:13:49.486051Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x8e4be2ed849e511b6bdf79ca6ff27f9add1a9b1382b8409f7391f5b1a529ebe7');
INSERT INTO upgrade_fixture.entries VALUES (2, 24, 1762902357765083, 'log_01M957S7C4N3Y5DRBN50M1CTNE', 'vector_store', 'vec_9', 'updated', 'vector_store.updated', 'u5', 'd1', NULL, '''o2xbarbara'' ''o2xbot'' ''o2xcom'' ''o2xexample'' ''o2xliskov'' ''o2xsupport'' ''o2xv2''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"vector_store.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNE","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"vec_9","resource_name":"support-bot-v2","resource_type":"vector_store","sequence":24,"targets":[{"id":"co_5","name":"support-bot-v2","type":"connection"}],"timestamp":"2025-11-11T23:05:57.765083Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x642116676d73db52aebb14d054d7ffcfab5133dfc434f5539756aa55e3b56435');
INSERT INTO upgrade_fixture.entries VALUES (2, 25, 1762908526617394, 'log_01M957S7C4N3Y5DRBN50M1CTNF', 'document', 'doc_4', 'viewed', 'document.viewed', 'u1', NULL, NULL, '''o2xada'' ''o2xchain'' ''o2xcom'' ''o2xconnection'' ''o2xexample'' ''o2xlovelace'' ''o2xsupply''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"document.viewed","id":"log_01M957S7C4N3Y5DRBN50M1CTNF","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.3.24","request":{"n":24},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_4","resource_name":"Supply Chain Connection","resource_type":"document","sequence":25,"targets":[{"id":"co_5","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T00:48:46.617394Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x00a56dc612482f18243575424551df6484b2dd7d4d2b6dca4c343270b926e296');
INSERT INTO upgrade_fixture.entries VALUES (2, 26, 1762912014238866, 'log_01M957S7C4N3Y5DRBN50M1CTNG', 'workflow', 'wor_5', 'viewed', 'workflow.viewed', 'u1', 'd3', 'globex-evt-25', '''o2xada'' ''o2xchain'' ''o2xcom'' ''o2xconnection'' ''o2xexample'' ''o2xlovelace'' ''o2xsupply''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"workflow.viewed","id":"log_01M957S7C4N3Y5DRBN50M1CTNG","idempotency_key":"globex-evt-25","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"wor_5","resource_name":"Supply Chain Connection","resource_type":"workflow","sequence":26,"targets":[],"timestamp":"2025-11-12T01:46:54.238866Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\xae1b1505fb4c1609e0ba4a6062006b16da8a88089bcbd99dc415b7b8f1dec99d');
INSERT INTO upgrade_fixture.entries VALUES (2, 28, 1762917630711970, 'log_01M957S7C4N3Y5DRBN50M1CTNJ', 'document', 'doc_3', 'updated', 'document.updated', 'u5', 'd3', NULL, '''o2xbarbara'' ''o2xchain'' ''o2xcom'' ''o2xconnection'' ''o2xexample'' ''o2xliskov'' ''o2xsupply''', '{"action":"updated","actor_type":"user","changes":[{"field":"temperature","new_value":0.7,"old_value":0.5}],"department_id":"d3","event":"document.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNJ","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_3","resource_name":"Supply Chain Connection","resource_type":"document","sequence":28,"targets":[{"id":"as_3","name":"Zürich Office Assistant","type":"assistant"}],"timestamp":"2025-11-12T03:20:30.71197Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x9c1f9b336ceaefdb8835b511dfbe5edcb55cb324f22471cb89feaef9b86a9240');
INSERT INTO upgrade_fixture.entries VALUES (2, 29, 1762921086080034, 'log_01M957S7C4N3Y5DRBN50M1CTNK', 'document', 'doc_10', 'viewed', 'document.viewed', 'u5', NULL, NULL, '''o2xassistant'' ''o2xbarbara'' ''o2xcom'' ''o2xexample'' ''o2xliskov'' ''o2xsales''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":null,"event":"document.viewed","id":"log_01M957S7C4N3Y5DRBN50M1CTNK","idempotency_key":null,"metadata":{"country":"US","ip_address":"10.0.0.28","request":{"n":28},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_10","resource_name":"Sales Assistant","resource_type":"document","sequence":29,"targets":[],"timestamp":"2025-11-12T04:18:06.080034Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\x0c1711c81b8dbd79d4137cc46afd0218c150d80828b173bdd722817185d32bbc');
INSERT INTO upgrade_fixture.entries VALUES (2, 30, 1762923685661515, 'log_01M957S7C4N3Y5DRBN50M1CTNM', 'document', 'doc_9', 'updated', 'document.updated', 'u1', 'd1', NULL, '''o2xada'' ''o2xbase'' ''o2xcom'' ''o2xexample'' ''o2xknowledge'' ''o2xlovelace''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"document.updated","id":"log_01M957S7C4N3Y5DRBN50M1CTNM","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.500594Z","resource_id":"doc_9","resource_name":"Knowledge Base","resource_type":"document","sequence":30,"targets":[],"timestamp":"2025-11-12T05:01:25.661515Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x7496ded2d8a0a239edc0d51e1931c8e9409e023f3fefa000254e5b05e7c7c126');
INSERT INTO upgrade_fixture.entries VALUES (2, 31, 1762929401926519, 'log_01M957S7C974JETFE50GZSKP2X', 'workflow', 'wor_10', 'updated', 'workflow.updated', 'u2', NULL, 'globex-evt-30', '''o2xbilling'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xworkflow''', '{"action":"updated","actor_type":"user","changes":[{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"workflow.updated","id":"log_01M957S7C974JETFE50GZSKP2X","idempotency_key":"globex-evt-30","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"wor_10","resource_name":"Billing Workflow","resource_type":"workflow","sequence":31,"targets":[],"timestamp":"2025-11-12T06:36:41.926519Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x4552ca861dcf7e499794e6ff33bb287afa32b385e04405a776e12110dff6cc7a');
INSERT INTO upgrade_fixture.entries VALUES (2, 32, 1762933673756487, 'log_01M957S7C974JETFE50GZSKP2Y', 'assistant', 'ass_4', 'updated', 'assistant.updated', 'u3', NULL, NULL, '''o2xalan'' ''o2xbot'' ''o2xcustomer'' ''o2xexample'' ''o2xorg'' ''o2xsupport'' ''o2xturing''', '{"action":"updated","actor_type":"user","changes":[],"department_id":null,"event":"assistant.updated","id":"log_01M957S7C974JETFE50GZSKP2Y","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"ass_4","resource_name":"Customer Support Bot","resource_type":"assistant","sequence":32,"targets":[{"id":"co_2","name":"Zürich Office Assistant","type":"connection"},{"id":"co_3","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T07:47:53.756487Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x6723b7d39fa03eb8ad0b380e2145f80685107c458d99bd6b79367bc1e2597c10');
INSERT INTO upgrade_fixture.entries VALUES (2, 33, 1762937050498950, 'log_01M957S7C974JETFE50GZSKP2Z', 'mcp_configuration', 'mcp_5', 'deleted', 'mcp_configuration.deleted', 'u1', 'd3', NULL, '''o2xada'' ''o2xcom'' ''o2xescalation'' ''o2xexample'' ''o2xlovelace'' ''o2xrules''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":"d3","event":"mcp_configuration.deleted","id":"log_01M957S7C974JETFE50GZSKP2Z","idempotency_key":null,"metadata":{"country":"CH","ip_address":"10.0.4.32","request":{"n":32},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"mcp_5","resource_name":"Escalation Rules","resource_type":"mcp_configuration","sequence":33,"targets":[{"id":"co_0","name":"Knowledge Base","type":"connection"}],"timestamp":"2025-11-12T08:44:10.49895Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x829a7f009293a7e98865a2451394b05894b1876b2c1e5d3e595317a18122e477');
INSERT INTO upgrade_fixture.entries VALUES (2, 34, 1762937050498950, 'log_01M957S7C974JETFE50GZSKP30', 'document', 'doc_1', 'viewed', 'document.viewed', 'u4', 'd3', NULL, '''o2xassistant'' ''o2xdijkstra'' ''o2xedsger'' ''o2xewd'' ''o2xexample'' ''o2xnl'' ''o2xoffice'' ''o2xzürich''', '{"action":"viewed","actor_type":"user","changes":[{"field":"temperature","new_value":0.8,"old_value":0.5}],"department_id":"d3","event":"document.viewed","id":"log_01M957S7C974JETFE50GZSKP30","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"doc_1","resource_name":"Zürich Office Assistant","resource_type":"document","sequence":34,"targets":[],"timestamp":"2025-11-12T08:44:10.49895Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\x04da505edbd219d10dec5b0d6ba4fff14a69ce5825cb7cb464cdca03498b5148');
INSERT INTO upgrade_fixture.entries VALUES (2, 35, 1762141206210314, 'log_01M957S7C974JETFE50GZSKP31', 'connection', 'con_8', 'updated', 'connection.updated', 'u4', 'd3', NULL, '''o2xbase'' ''o2xdijkstra'' ''o2xedsger'' ''o2xewd'' ''o2xexample'' ''o2xknowledge'' ''o2xnl''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d3","event":"connection.updated","id":"log_01M957S7C974JETFE50GZSKP31","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"con_8","resource_name":"Knowledge Base","resource_type":"connection","sequence":35,"targets":[{"id":"as_4","name":"Billing Workflow","type":"assistant"}],"timestamp":"2025-11-03T03:40:06.210314Z","user_email":"ewd@example.nl","user_id":"u4","user_name":"Edsger Dijkstra"}', '\xb97a55ba09e3bc5b919f600d3b7ff55a8e7af1b234fb98a4f9a5dcb93cf081b7');
INSERT INTO upgrade_fixture.entries VALUES (2, 36, 1762947601052319, 'log_01M957S7C974JETFE50GZSKP32', 'vector_store', 'vec_5', 'deleted', 'vector_store.deleted', 'u5', NULL, 'globex-evt-35', '''o2xbarbara'' ''o2xcom'' ''o2xescalation'' ''o2xexample'' ''o2xliskov'' ''o2xrules''', '{"action":"deleted","actor_type":"user","changes":[],"department_id":null,"event":"vector_store.deleted","id":"log_01M957S7C974JETFE50GZSKP32","idempotency_key":"globex-evt-35","metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"vec_5","resource_name":"Escalation Rules","resource_type":"vector_store","sequence":36,"targets":[{"id":"co_4","name":"Sales Assistant","type":"connection"},{"id":"wo_0","name":"Sales Assistant","type":"workflow"}],"timestamp":"2025-11-12T11:40:01.052319Z","user_email":"liskov@example.com","user_id":"u5","user_name":"Barbara Liskov"}', '\xde9a8de257533fc5fca7a1f17da03be32f04a1d41cfbeb7ce3063725e8b61519');
INSERT INTO upgrade_fixture.entries VALUES (2, 37, 1762951611807509, 'log_01M957S7C974JETFE50GZSKP33', 'rule', 'rul_8', 'shared', 'rule.shared', 'u2', NULL, NULL, '''o2xbot'' ''o2xcustomer'' ''o2xexample'' ''o2xgrace'' ''o2xhopper'' ''o2xnavy'' ''o2xsupport''', '{"action":"shared","actor_type":"user","changes":[{"field":"temperature","new_value":0.6,"old_value":0.5},{"field":"tools.web_search","new_value":true,"old_value":false}],"department_id":null,"event":"rule.shared","id":"log_01M957S7C974JETFE50GZSKP33","idempotency_key":null,"metadata":{"country":"DE","ip_address":"10.0.1.36","request":{"n":36},"source":"web_ui","user_agent":"Mozilla/5.0"},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"rul_8","resource_name":"Customer Support Bot","resource_type":"rule","sequence":37,"targets":[{"id":"wo_0","name":"Knowledge Base","type":"workflow"},{"id":"co_0","name":"Zürich Office Assistant","type":"connection"}],"timestamp":"2025-11-12T12:46:51.807509Z","user_email":"grace@navy.example","user_id":"u2","user_name":"Grace Hopper"}', '\x1dbca00b66fa6ad7656761bc337df4753124cf6eb56154996e67177e06f97b3b');
INSERT INTO upgrade_fixture.entries VALUES (2, 38, 1762952708494652, 'log_01M957S7C974JETFE50GZSKP34', 'workflow', 'wor_5', 'viewed', 'workflow.viewed', 'u1', 'd3', NULL, '''o2xada'' ''o2xbilling'' ''o2xcom'' ''o2xexample'' ''o2xlovelace'' ''o2xworkflow''', '{"action":"viewed","actor_type":"user","changes":[],"department_id":"d3","event":"workflow.viewed","id":"log_01M957S7C974JETFE50GZSKP34","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"wor_5","resource_name":"Billing Workflow","resource_type":"workflow","sequence":38,"targets":[],"timestamp":"2025-11-12T13:05:08.494652Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x8e67f1ad346706e7d327f35873a218eff7b064a2a147a5605a7b5e839c4a732a');
INSERT INTO upgrade_fixture.entries VALUES (2, 39, 1762956769653711, 'log_01M957S7C974JETFE50GZSKP35', 'connection', 'con_7', 'updated', 'connection.updated', 'u1', 'd1', NULL, '''o2xada'' ''o2xchain'' ''o2xcom'' ''o2xconnection'' ''o2xexample'' ''o2xlovelace'' ''o2xsupply''', '{"action":"updated","actor_type":"user","changes":[],"department_id":"d1","event":"connection.updated","id":"log_01M957S7C974JETFE50GZSKP35","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"con_7","resource_name":"Supply Chain Connection","resource_type":"connection","sequence":39,"targets":[{"id":"wo_4","name":"Billing Workflow","type":"workflow"}],"timestamp":"2025-11-12T14:12:49.653711Z","user_email":"ada@example.com","user_id":"u1","user_name":"Ada Lovelace"}', '\x01e7ff543960399d7ce14268d95920f744575574e86ba620a08ac617db52a3e7');
INSERT INTO upgrade_fixture.entries VALUES (2, 40, 1762960942699698, 'log_01M957S7C974JETFE50GZSKP36', 'connection', 'con_1', 'created', 'connection.created', 'u3', 'd1', NULL, '''o2xalan'' ''o2xbot'' ''o2xcustomer'' ''o2xexample'' ''o2xorg'' ''o2xsupport'' ''o2xturing''', '{"action":"created","actor_type":"user","changes":[{"field":"temperature","new_value":0.9,"old_value":0.5}],"department_id":"d1","event":"connection.created","id":"log_01M957S7C974JETFE50GZSKP36","idempotency_key":null,"metadata":{},"organization_id":"globex","received_at":"2026-12-06T08:33:30.505652Z","resource_id":"con_1","resource_name":"Customer Support Bot","resource_type":"connection","sequence":40,"targets":[{"id":"wo_5","name":"Supply Chain Connection","type":"workflow"}],"timestamp":"2025-11-12T15:22:22.699698Z","user_email":"alan@example.org","user_id":"u3","user_name":"Alan Turing"}', '\x33f90e27f707b87130e8bf44c63ff81aab3b6fcd295954dd555b5169b0868556');


--
-- Data for Name: entries_y2026m12; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries



--
-- Data for Name: entries_y2027m01; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries



--
-- Data for Name: entries_y2027m02; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries



--
-- Data for Name: entries_y2027m03; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entries



--
-- Data for Name: entry_refs_default; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs



--
-- Data for Name: entry_refs_y2025m11; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs

INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_2', 1762146892237748, 1);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_2', 1762146892237748, 1);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1762824518358042, 2);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1762824518358042, 2);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_11', 1762827205636395, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_11', 1762827205636395, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_10', 1762830505769095, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_10', 1762830505769095, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1762830505769095, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1762830505769095, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_8', 1762835273526887, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_8', 1762835273526887, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762835273526887, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762835273526887, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_9', 1762839154260526, 6);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_9', 1762839154260526, 6);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_5', 1762841818356742, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_5', 1762841818356742, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_8', 1762846873387287, 8);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_8', 1762846873387287, 8);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_2', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_2', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1762849424588656, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_0', 1762853540183260, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_0', 1762853540183260, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1762853540183260, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1762853540183260, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_10', 1762857510621690, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_10', 1762857510621690, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1762857510621690, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1762857510621690, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_2', 1762857510621690, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_2', 1762857510621690, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_2', 1762863694592786, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_2', 1762863694592786, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1762863694592786, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1762863694592786, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_10', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_10', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_0', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_0', 1762866348609812, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_6', 1762870511576609, 15);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_6', 1762870511576609, 15);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_5', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_5', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1762874138298822, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_8', 1762879169139311, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_8', 1762879169139311, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1762879169139311, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1762879169139311, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_1', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_1', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1762190635638565, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_8', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_8', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_2', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_2', 1762885825848175, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_5', 1762888981840539, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_5', 1762888981840539, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1762888981840539, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1762888981840539, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_4', 1762893132712308, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_4', 1762893132712308, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_10', 1762895709119571, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_10', 1762895709119571, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_8', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_8', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_2', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_2', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762895709119571, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_5', 1762902030175570, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_5', 1762902030175570, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_2', 1762902030175570, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_2', 1762902030175570, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_3', 1762907805907795, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_3', 1762907805907795, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1762907805907795, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1762907805907795, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_7', 1762912005167595, 26);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_7', 1762912005167595, 26);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1762913140155660, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_1', 1762917553102207, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_1', 1762917553102207, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_5', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_5', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_2', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_2', 1762921749330331, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_5', 1762926202593638, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_5', 1762926202593638, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1762926202593638, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1762926202593638, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_1', 1762927489785391, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_1', 1762927489785391, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1762927489785391, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1762927489785391, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_5', 1762932370438030, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_5', 1762932370438030, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_4', 1762937078720682, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_4', 1762937078720682, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_4', 1762937078720682, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_4', 1762937078720682, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1762937078720682, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1762937078720682, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_0', 1762253463173497, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_0', 1762253463173497, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762253463173497, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762253463173497, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_6', 1762945864297016, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_6', 1762945864297016, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_10', 1762949742006898, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_10', 1762949742006898, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1762949742006898, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1762949742006898, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1762954383758977, 38);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1762954383758977, 38);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_6', 1762956932944508, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_6', 1762956932944508, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1762956932944508, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1762956932944508, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_0', 1762960310694890, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_0', 1762960310694890, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1762960310694890, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1762960310694890, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1762963324562756, 41);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1762963324562756, 41);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1762967309119971, 42);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1762967309119971, 42);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1762967309119971, 42);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1762967309119971, 42);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_9', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_9', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1762972519377961, 43);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_7', 1762976523085637, 44);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_7', 1762976523085637, 44);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_7', 1762976523085637, 45);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_7', 1762976523085637, 45);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1762976523085637, 45);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1762976523085637, 45);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_2', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_2', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1762983324942756, 46);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_8', 1762987459687821, 47);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_8', 1762987459687821, 47);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1762987459687821, 47);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1762987459687821, 47);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_4', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_4', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_0', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_0', 1762990349573731, 48);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_8', 1762992425013575, 49);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_8', 1762992425013575, 49);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_4', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_4', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1762998247117993, 50);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_6', 1763000408230952, 51);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_6', 1763000408230952, 51);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1763000408230952, 51);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1763000408230952, 51);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_10', 1762373508809852, 52);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_10', 1762373508809852, 52);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_11', 1763006929870751, 53);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_11', 1763006929870751, 53);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_3', 1763011289397591, 54);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_3', 1763011289397591, 54);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_5', 1763015401960519, 55);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_5', 1763015401960519, 55);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_0', 1763015401960519, 56);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_0', 1763015401960519, 56);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763015401960519, 56);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763015401960519, 56);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_8', 1763022988041972, 57);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_8', 1763022988041972, 57);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763022988041972, 57);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763022988041972, 57);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_4', 1763025377960463, 58);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_4', 1763025377960463, 58);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763025377960463, 58);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763025377960463, 58);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_11', 1763030078187682, 59);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_11', 1763030078187682, 59);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_10', 1763033166641554, 60);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_10', 1763033166641554, 60);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763033166641554, 60);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763033166641554, 60);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_7', 1763036539352341, 61);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_7', 1763036539352341, 61);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763036539352341, 61);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763036539352341, 61);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_7', 1763039230662370, 62);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_7', 1763039230662370, 62);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_4', 1763043723242437, 63);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_4', 1763043723242437, 63);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_3', 1763046662516378, 64);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_3', 1763046662516378, 64);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_3', 1763052527961313, 65);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_3', 1763052527961313, 65);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_9', 1763055558963802, 66);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_9', 1763055558963802, 66);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_5', 1763055558963802, 67);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_5', 1763055558963802, 67);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763055558963802, 67);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763055558963802, 67);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_4', 1763062958564402, 68);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_4', 1763062958564402, 68);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_5', 1762053158958202, 69);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_5', 1762053158958202, 69);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1762053158958202, 69);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1762053158958202, 69);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_9', 1763068484324796, 70);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_9', 1763068484324796, 70);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1763068484324796, 70);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1763068484324796, 70);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_5', 1763073364969516, 71);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_5', 1763073364969516, 71);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_1', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_1', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763076044192436, 72);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_7', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_7', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763079701152219, 73);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_7', 1763084382221058, 74);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_7', 1763084382221058, 74);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763084382221058, 74);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763084382221058, 74);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_4', 1763088289160591, 75);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_4', 1763088289160591, 75);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763088289160591, 75);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763088289160591, 75);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_10', 1763089862617178, 76);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_10', 1763089862617178, 76);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_9', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_9', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763093963092997, 77);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_6', 1763093963092997, 78);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_6', 1763093963092997, 78);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763093963092997, 78);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763093963092997, 78);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_9', 1763102074324006, 79);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_9', 1763102074324006, 79);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_11', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_11', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763105103310657, 80);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_8', 1763108016378704, 81);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_8', 1763108016378704, 81);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_4', 1763112528109232, 82);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_4', 1763112528109232, 82);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763112528109232, 82);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763112528109232, 82);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_11', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_11', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1763114625715375, 83);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1763118954996726, 84);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1763118954996726, 84);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_9', 1763123806419714, 85);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_9', 1763123806419714, 85);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763123806419714, 85);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763123806419714, 85);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_0', 1762058577871263, 86);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_0', 1762058577871263, 86);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1762058577871263, 86);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1762058577871263, 86);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_11', 1763130383502977, 87);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_11', 1763130383502977, 87);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1763132958894402, 88);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1763132958894402, 88);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1763132958894402, 88);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1763132958894402, 88);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_6', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_6', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763132958894402, 89);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_6', 1763140392764248, 90);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_6', 1763140392764248, 90);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_8', 1763143999328081, 91);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_8', 1763143999328081, 91);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763143999328081, 91);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763143999328081, 91);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_3', 1763149370861030, 92);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_3', 1763149370861030, 92);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763149370861030, 92);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763149370861030, 92);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_8', 1763151067299573, 93);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_8', 1763151067299573, 93);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1763154393638167, 94);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1763154393638167, 94);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_5', 1763159693608867, 95);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_5', 1763159693608867, 95);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_11', 1763162901013019, 96);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_11', 1763162901013019, 96);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1763162901013019, 96);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1763162901013019, 96);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_2', 1763165673964487, 97);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_2', 1763165673964487, 97);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_0', 1763171122115118, 98);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_0', 1763171122115118, 98);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763171122115118, 98);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763171122115118, 98);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_0', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_0', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763173141103579, 99);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_2', 1763173141103579, 100);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_2', 1763173141103579, 100);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1763173141103579, 100);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1763173141103579, 100);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_0', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_0', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763179501468419, 101);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_2', 1763184765154035, 102);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_2', 1763184765154035, 102);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763184765154035, 102);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763184765154035, 102);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_4', 1762125726624194, 103);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_4', 1762125726624194, 103);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1762125726624194, 103);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1762125726624194, 103);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_6', 1763190555005045, 104);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_6', 1763190555005045, 104);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1763190555005045, 104);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1763190555005045, 104);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_9', 1763196534352746, 105);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_9', 1763196534352746, 105);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_8', 1763200050195950, 106);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_8', 1763200050195950, 106);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_5', 1763201449274631, 107);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_5', 1763201449274631, 107);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763201449274631, 107);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763201449274631, 107);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_7', 1763205468101092, 108);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_7', 1763205468101092, 108);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_9', 1763208151347769, 109);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_9', 1763208151347769, 109);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763208151347769, 109);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763208151347769, 109);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1763212602595238, 110);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1763212602595238, 110);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1763212602595238, 110);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1763212602595238, 110);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_4', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_4', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763212602595238, 111);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_5', 1763218862168178, 112);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_5', 1763218862168178, 112);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_4', 1763223974650106, 113);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_4', 1763223974650106, 113);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763223974650106, 113);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763223974650106, 113);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_2', 1763227301996619, 114);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_2', 1763227301996619, 114);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_5', 1763232312678728, 115);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_5', 1763232312678728, 115);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763232312678728, 115);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763232312678728, 115);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_10', 1763235726714194, 116);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_10', 1763235726714194, 116);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_11', 1763239065155735, 117);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_11', 1763239065155735, 117);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_4', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_4', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763241706069814, 118);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_4', 1763244811658309, 119);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_4', 1763244811658309, 119);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763244811658309, 119);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763244811658309, 119);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_3', 1762290551873369, 120);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_3', 1762290551873369, 120);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_10', 1763254013528947, 121);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_10', 1763254013528947, 121);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763254013528947, 121);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763254013528947, 121);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_6', 1763254013528947, 122);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_6', 1763254013528947, 122);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_6', 1763260431353089, 123);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_6', 1763260431353089, 123);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763260431353089, 123);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763260431353089, 123);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_3', 1763262516864204, 124);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_3', 1763262516864204, 124);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_4', 1763268316794404, 125);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_4', 1763268316794404, 125);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_0', 1763268316794404, 125);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_0', 1763268316794404, 125);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_11', 1763269264301616, 126);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_11', 1763269264301616, 126);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_9', 1763274301189619, 127);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_9', 1763274301189619, 127);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1763274301189619, 127);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1763274301189619, 127);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_5', 1763276726393194, 128);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_5', 1763276726393194, 128);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_9', 1763281914476966, 129);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_9', 1763281914476966, 129);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763281914476966, 129);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763281914476966, 129);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_4', 1763285366813354, 130);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_4', 1763285366813354, 130);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_0', 1763289264681616, 131);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_0', 1763289264681616, 131);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763289264681616, 131);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763289264681616, 131);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_8', 1763293534495746, 132);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_8', 1763293534495746, 132);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763293534495746, 132);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763293534495746, 132);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_6', 1763293534495746, 133);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_6', 1763293534495746, 133);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763293534495746, 133);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763293534495746, 133);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_11', 1763300000700000, 134);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_11', 1763300000700000, 134);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763300000700000, 134);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763300000700000, 134);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_1', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_1', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763301880587720, 135);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_3', 1763308161326959, 136);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_3', 1763308161326959, 136);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763308161326959, 136);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763308161326959, 136);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_7', 1762149116849604, 137);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_7', 1762149116849604, 137);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_6', 1763314096326224, 138);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_6', 1763314096326224, 138);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763314096326224, 138);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763314096326224, 138);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_3', 1763317000323000, 139);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_3', 1763317000323000, 139);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_9', 1763322530115070, 140);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_9', 1763322530115070, 140);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1763322530115070, 140);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1763322530115070, 140);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_3', 1763324373709787, 141);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_3', 1763324373709787, 141);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_6', 1763329101150819, 142);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_6', 1763329101150819, 142);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1763329101150819, 142);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1763329101150819, 142);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_8', 1763330561712559, 143);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_8', 1763330561712559, 143);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_7', 1763330561712559, 144);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_7', 1763330561712559, 144);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763330561712559, 144);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763330561712559, 144);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_9', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_9', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1763337779871901, 145);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_11', 1763341582987858, 146);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_11', 1763341582987858, 146);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_2', 1763346767047873, 147);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_2', 1763346767047873, 147);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_10', 1763349485571715, 148);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_10', 1763349485571715, 148);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_1', 1763353720108680, 149);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_1', 1763353720108680, 149);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763353720108680, 149);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763353720108680, 149);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_0', 1763357909281371, 150);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_0', 1763357909281371, 150);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_11', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_11', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763359812351228, 151);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_9', 1763363760615440, 152);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_9', 1763363760615440, 152);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763363760615440, 152);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763363760615440, 152);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_0', 1763367852019988, 153);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_0', 1763367852019988, 153);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763367852019988, 153);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763367852019988, 153);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1762146057625383, 154);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_2', 1762146057625383, 155);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_2', 1762146057625383, 155);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1762146057625383, 155);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1762146057625383, 155);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_5', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_5', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763377897566343, 156);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_8', 1763380918489642, 157);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_8', 1763380918489642, 157);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763380918489642, 157);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763380918489642, 157);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_5', 1763384472633768, 158);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_5', 1763384472633768, 158);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763384472633768, 158);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763384472633768, 158);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_4', 1763388043912517, 159);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_4', 1763388043912517, 159);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763388043912517, 159);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763388043912517, 159);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_9', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_9', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1763391784537496, 160);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_5', 1763397327432513, 161);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_5', 1763397327432513, 161);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_10', 1763400288880672, 162);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_10', 1763400288880672, 162);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_1', 1763400288880672, 162);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_1', 1763400288880672, 162);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_11', 1763405210857990, 163);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_11', 1763405210857990, 163);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_1', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_1', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_0', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_0', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763408700495300, 164);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_11', 1763412134689146, 165);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_11', 1763412134689146, 165);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_0', 1763412134689146, 165);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_0', 1763412134689146, 165);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_1', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_1', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763412134689146, 166);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_4', 1763417892286748, 167);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_4', 1763417892286748, 167);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_8', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_8', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763421371836949, 168);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_3', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_3', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_3', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_3', 1763426250473750, 169);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_1', 1763430096930224, 170);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_1', 1763430096930224, 170);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_9', 1762087990792810, 171);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_9', 1762087990792810, 171);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_9', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_9', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763437520720880, 172);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_5', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_5', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_0', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_0', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_4', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_4', 1763438777675063, 173);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_1', 1763442164496716, 174);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_1', 1763442164496716, 174);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763442164496716, 174);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763442164496716, 174);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_3', 1763448164010716, 175);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_3', 1763448164010716, 175);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'rule', 'rul_10', 1763451862295178, 176);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'rul_10', 1763451862295178, 176);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_0', 1763451862295178, 177);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_0', 1763451862295178, 177);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_8', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_8', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_5', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_5', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763458144042336, 178);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_2', 1763460656934864, 179);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_2', 1763460656934864, 179);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_6', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_6', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_5', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_5', 1763465317845323, 180);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_2', 1763470094674386, 181);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_2', 1763470094674386, 181);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_3', 1763470927270913, 182);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_3', 1763470927270913, 182);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'ass_2', 1763475689981191, 183);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'ass_2', 1763475689981191, 183);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763475689981191, 183);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763475689981191, 183);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_7', 1763478799609281, 184);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_7', 1763478799609281, 184);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763478799609281, 184);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763478799609281, 184);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_4', 1763484573333587, 185);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_4', 1763484573333587, 185);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_0', 1763488073050087, 186);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_0', 1763488073050087, 186);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_0', 1763488073050087, 186);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_0', 1763488073050087, 186);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_8', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_8', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_2', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_2', 1763490130339470, 187);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_2', 1761973610017590, 188);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_2', 1761973610017590, 188);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_2', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_2', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_2', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_2', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763498516748204, 189);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'mcp_configuration', 'mcp_1', 1763500017634623, 190);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'mcp_1', 1763500017634623, 190);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_4', 1763505918364642, 191);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_4', 1763505918364642, 191);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_11', 1763509636807484, 192);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_11', 1763509636807484, 192);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_4', 1763509636807484, 192);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_4', 1763509636807484, 192);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'document', 'doc_5', 1763511113503847, 193);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'doc_5', 1763511113503847, 193);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_4', 1763515944760536, 194);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_4', 1763515944760536, 194);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_3', 1763518635070565, 195);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_3', 1763518635070565, 195);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_3', 1763518635070565, 195);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_3', 1763518635070565, 195);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_11', 1763523675982325, 196);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_11', 1763523675982325, 196);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_5', 1763523675982325, 196);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_5', 1763523675982325, 196);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'con_9', 1763527409551871, 197);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'con_9', 1763527409551871, 197);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'vector_store', 'vec_0', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'vec_0', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'assistant', 'as_4', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'as_4', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_3', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_3', 1763529491039229, 198);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'thread', 'thr_11', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'thr_11', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wo_1', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wo_1', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'connection', 'co_1', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'co_1', 1763529491039229, 199);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, 'workflow', 'wor_8', 1763538164720716, 200);
INSERT INTO upgrade_fixture.entry_refs VALUES (1, '', 'wor_8', 1763538164720716, 200);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_1', 1762162188366772, 1);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_1', 1762162188366772, 1);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_6', 1762825082824358, 2);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_6', 1762825082824358, 2);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wor_6', 1762826502069338, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wor_6', 1762826502069338, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_5', 1762826502069338, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_5', 1762826502069338, 3);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_0', 1762831860499340, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_0', 1762831860499340, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_3', 1762831860499340, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_3', 1762831860499340, 4);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'ass_0', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'ass_0', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_1', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_1', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_2', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_2', 1762834950969050, 5);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_1', 1762838107969333, 6);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_1', 1762838107969333, 6);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'mcp_configuration', 'mcp_7', 1762841051282869, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'mcp_7', 1762841051282869, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_5', 1762841051282869, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_5', 1762841051282869, 7);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_4', 1762845249526831, 8);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_4', 1762845249526831, 8);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_0', 1762849764281116, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_0', 1762849764281116, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_0', 1762849764281116, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_0', 1762849764281116, 9);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_11', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_11', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_0', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_0', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_5', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_5', 1762853649046431, 10);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_10', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_10', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_4', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_4', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_1', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_1', 1762858061985059, 11);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'mcp_configuration', 'mcp_11', 1762858061985059, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'mcp_11', 1762858061985059, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_0', 1762858061985059, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_0', 1762858061985059, 12);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_0', 1762863175482825, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_0', 1762863175482825, 13);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'rule', 'rul_8', 1762866430259170, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'rul_8', 1762866430259170, 14);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_9', 1762871799776281, 15);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_9', 1762871799776281, 15);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_1', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_1', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_4', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_4', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_1', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_1', 1762874840857960, 16);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'ass_11', 1762879240701560, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'ass_11', 1762879240701560, 17);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_9', 1762281489111391, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_9', 1762281489111391, 18);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wor_8', 1762886855004745, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wor_8', 1762886855004745, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_2', 1762886855004745, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_2', 1762886855004745, 19);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'rule', 'rul_6', 1762888802423038, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'rul_6', 1762888802423038, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_2', 1762888802423038, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_2', 1762888802423038, 20);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'rule', 'rul_3', 1762893309113971, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'rul_3', 1762893309113971, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_3', 1762893309113971, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_3', 1762893309113971, 21);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_11', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_11', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_3', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_3', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_1', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_1', 1762895629486051, 22);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_0', 1762895629486051, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_0', 1762895629486051, 23);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_9', 1762902357765083, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_9', 1762902357765083, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_5', 1762902357765083, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_5', 1762902357765083, 24);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_4', 1762908526617394, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_4', 1762908526617394, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_5', 1762908526617394, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_5', 1762908526617394, 25);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wor_5', 1762912014238866, 26);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wor_5', 1762912014238866, 26);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_9', 1762913823564337, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_9', 1762913823564337, 27);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_3', 1762917630711970, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_3', 1762917630711970, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_3', 1762917630711970, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_3', 1762917630711970, 28);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_10', 1762921086080034, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_10', 1762921086080034, 29);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_9', 1762923685661515, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_9', 1762923685661515, 30);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wor_10', 1762929401926519, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wor_10', 1762929401926519, 31);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'ass_4', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'ass_4', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_2', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_2', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_3', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_3', 1762933673756487, 32);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'mcp_configuration', 'mcp_5', 1762937050498950, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'mcp_5', 1762937050498950, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_0', 1762937050498950, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_0', 1762937050498950, 33);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'document', 'doc_1', 1762937050498950, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'doc_1', 1762937050498950, 34);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_8', 1762141206210314, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_8', 1762141206210314, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'assistant', 'as_4', 1762141206210314, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'as_4', 1762141206210314, 35);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'vector_store', 'vec_5', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'vec_5', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_4', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_4', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_0', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_0', 1762947601052319, 36);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'rule', 'rul_8', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'rul_8', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_0', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_0', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'co_0', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'co_0', 1762951611807509, 37);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wor_5', 1762952708494652, 38);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wor_5', 1762952708494652, 38);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_7', 1762956769653711, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_7', 1762956769653711, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_4', 1762956769653711, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_4', 1762956769653711, 39);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'connection', 'con_1', 1762960942699698, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'con_1', 1762960942699698, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, 'workflow', 'wo_5', 1762960942699698, 40);
INSERT INTO upgrade_fixture.entry_refs VALUES (2, '', 'wo_5', 1762960942699698, 40);


--
-- Data for Name: entry_refs_y2026m12; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs



--
-- Data for Name: entry_refs_y2027m01; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs



--
-- Data for Name: entry_refs_y2027m02; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs



--
-- Data for Name: entry_refs_y2027m03; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

-- load via partition root upgrade_fixture.entry_refs



--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-0', 1762146892237748, 1);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-5', 1762839154260526, 6);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-10', 1762857510621690, 11);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-15', 1762874138298822, 16);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-20', 1762893132712308, 21);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-25', 1762912005167595, 26);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-30', 1762927489785391, 31);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-35', 1762945864297016, 36);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-40', 1762963324562756, 41);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-45', 1762983324942756, 46);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-50', 1763000408230952, 51);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-55', 1763015401960519, 56);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-60', 1763036539352341, 61);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-65', 1763055558963802, 66);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-70', 1763073364969516, 71);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-75', 1763089862617178, 76);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-80', 1763108016378704, 81);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-85', 1762058577871263, 86);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-90', 1763143999328081, 91);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-95', 1763162901013019, 96);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-100', 1763179501468419, 101);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-105', 1763200050195950, 106);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-110', 1763212602595238, 111);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-115', 1763235726714194, 116);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-120', 1763254013528947, 121);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-125', 1763269264301616, 126);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-130', 1763289264681616, 131);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-135', 1763308161326959, 136);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-140', 1763324373709787, 141);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-145', 1763341582987858, 146);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-150', 1763359812351228, 151);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-155', 1763377897566343, 156);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-160', 1763397327432513, 161);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-165', 1763412134689146, 166);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-170', 1762087990792810, 171);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-175', 1763451862295178, 176);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-180', 1763470094674386, 181);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-185', 1763488073050087, 186);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-190', 1763505918364642, 191);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (1, 'acme-evt-195', 1763523675982325, 196);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-0', 1762162188366772, 1);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-5', 1762838107969333, 6);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-10', 1762858061985059, 11);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-15', 1762874840857960, 16);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-20', 1762893309113971, 21);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-25', 1762912014238866, 26);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-30', 1762929401926519, 31);
INSERT INTO upgrade_fixture.idempotency_keys VALUES (2, 'globex-evt-35', 1762947601052319, 36);


--
-- Data for Name: org_heads; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.org_heads VALUES (3, 1);
INSERT INTO upgrade_fixture.org_heads VALUES (1, 201);
INSERT INTO upgrade_fixture.org_heads VALUES (2, 41);


--
-- Data for Name: organizations; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.organizations VALUES (1, 'acme', 'Acme Corp', 1796546010387150);
INSERT INTO upgrade_fixture.organizations VALUES (2, 'globex', 'Globex', 1796546010397855);
INSERT INTO upgrade_fixture.organizations VALUES (3, 'initech', 'Initech', 1796546010399518);


--
-- Data for Name: search_words; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.search_words VALUES (1, 'ada');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'alan');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'assistant');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'barbara');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'base');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'billing');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'bot');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'chain');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'com');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'connection');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'customer');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'dijkstra');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'donald');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'edsger');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'edu');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'ewd');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'example');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'grace');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'hopper');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'knowledge');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'knuth');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'liskov');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'lovelace');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'navy');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'nl');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'office');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'onboarding');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'org');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'report');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'sales');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'supply');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'support');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'thread');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'turing');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'v2');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'weekly');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'workflow');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'zürich');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'escalation');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'rules');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'nightly');
INSERT INTO upgrade_fixture.search_words VALUES (1, 'sync');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'alan');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'assistant');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'barbara');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'billing');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'bot');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'com');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'example');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'grace');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'hopper');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'liskov');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'navy');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'org');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'report');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'sales');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'support');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'turing');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'v2');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'weekly');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'workflow');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'ada');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'base');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'chain');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'connection');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'customer');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'dijkstra');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'donald');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'edsger');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'edu');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'escalation');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'ewd');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'knowledge');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'knuth');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'lovelace');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'nightly');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'nl');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'office');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'onboarding');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'rules');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'supply');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'sync');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'thread');
INSERT INTO upgrade_fixture.search_words VALUES (2, 'zürich');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--



--
-- Data for Name: tree_nodes; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 0, '\x6880c6acf0341deab4e1a57e642be882e07f10efe4a3766fef4e1a2dc463a917');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 1, '\x785851d83f4870cd86709534bf5f4c5abeaa5846efd0dc351bd86c05cb83ac31');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 0, '\x39253e2075d280b83e540ff5c60c1af063ad87788c5ac53e0ae2241d6f013506');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 2, '\x5c4ed7e6e037c99df56d358863c631e340b9e27b89a6aab5bcf726b50d66fd73');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 3, '\xd9367e1d9491ae8573d64079f4a004963ed7bbca3626d71d4172e457a3d7c14c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 1, '\x8a0ce6741b0cdb717786794b286ace3d3d25f54fe62080256d6a0f7cab0237d4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 0, '\xc6208bc4e721d3e7ed919b74ad8454c5bad5aa6736e4d96d31d4cbf1eb52db38');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 4, '\x56140aa30d56c642bd92187c83dc4a37edd40fcaf9b7918c40081c1fd84a3ea7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 5, '\xcca508c4176ed7f03a4761cd42e755f92e0bc85a95112daa567d873dc36c3e79');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 2, '\xb9d1eeb6e78cd988acce5012a2af84018e008c414de98f80fd1c8cda62b062a9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 6, '\x71b6eb0acccd734a5e6c2ff3526830d572f4e944b6031fba7e8c0738e55157be');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 7, '\x2084ac19bca3f27743f804417bcba1a926f657b55389c05b42efe33b8ad30e1e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 3, '\x9eb62743d959e606aa4e19ac24a75dc8adb34857d379bdef855c60774b7cb855');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 1, '\x24e9357da417f4d00cdb1ff6c8e26184d9079f1e17e8b11c323ab19b80e48f82');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 0, '\xdfa6f5c2a1b3949c9787c8a523d373bf2188c13e6e70c0db7c816aa2a01980d6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 8, '\x14248b5d2ed7fb91184afa143bb95c493c27ecca88bc669fca659cdabcd965c9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 9, '\xae92d20bbe8a9689ad4bbf900edb8d0c1d5989950c02d7de1cf24d98948422a9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 4, '\xe1fac00610c8069df4e5da64f0c6511a28e66e0d21b8592ad73c367990c51171');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 10, '\x6e6734eb5010623eb369702b072a1c88de599a69dbf63f4564e3ab3c6171ae16');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 11, '\xa7e294ebab0e34c8253dc1ffb71866d821f9eeda05a8b5c8e3bbbfdf11165fc7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 5, '\xca2249d79129f7580dec56eef69a05a67d1350383f4055e641f9945b76afdb2b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 2, '\x1baf3a872a321186d645c21512275cdc839726a9d0e2828c3d5dace5d0911619');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 12, '\x560d659d35ec45035d86299dd75b698056e3c91e6e8e4557baaedfea51bcbdae');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 13, '\xc42a56f59bca0a0c2f30df6cc35df1bd042f8847dbc0925cbb88e2ac4a0cf05c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 6, '\xe9c7afce8261e135960ab0c8a585d1f2acded3305ee4f11ad9505aa020e11a0b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 14, '\xa93271cbfe9f6630a4ca9e041644012f12c2643ba566919fb15635a658eaa79e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 15, '\xfdabc91107bde9a894b28d07cab13c9b4e73ddf38b52ba2ca73f8dc28703cc65');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 7, '\x80558d9d4f1445eb67c35d745bf79a9c32321e5175bb795764983436cddd807f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 3, '\xa9fbfef21ee90d25b2bb3d93442ac75dd7c53a1efbbe0c217b69926ab904d110');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 1, '\xfb428b2a08facf65f0b4520bc33a4f7e74907495ebf8396d1d531af5b61bed7c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 0, '\x70ece6e1fd5699183fc394cc8d69ffa3c27b2b4dc78bfda7f44c995a4f139171');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 16, '\xebcd624abe2b15eaf7d0590a19a081ffbe2e7069d214237438b6d7887d1969a4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 17, '\xd1588a234d34c8badeb965987ad37ca753cb7b13f11eab8c2c66819b3c584346');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 8, '\xb39befb492b8c0ddb09c3baaaff9a3ef92026761f71d2619444c8e04030d04bb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 18, '\x2a6dcca89483164f0f57ba51bf6f7955c1b7d54f769c68a4f3099da09751e81a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 19, '\x0e52ebf5a4848b3f61f4c4e8bb8dbfcfa7be0bb686d01a52fff78ff186e1ed65');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 9, '\x59eae3d512851fb8100625582a32c20778b362957723e86f11863beb2f8f385d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 4, '\xbe53df8687a78d243816146885938b3aceb9e45747a906d17d9244cc0c3fbc8b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 20, '\x9f04c2250a50ac57723c4340d9397ffcca133f79d1e9c6b70a85f5f43d34d39c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 21, '\x1557dd3750011e00ec3e5de2d7273898dd610e2604f326dce31d943328d9952f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 10, '\x55b6d1b0e1c96b918869dc1d14ad67e8951ccf2797e907915ff8a569fa6f587c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 22, '\x3d3c8e6578493985688104a67745b103954c9542522f53b04a6363179a54c6a4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 23, '\x6577e943ffb4eb80463a4fdc23719f39367833f46667d4aa39b426768a759442');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 11, '\xd6138523b307cc0e872eda1b38d94bf6b18655b5f3fc0098cd1223cbfa0f3527');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 5, '\x0780d73cbe812128b4032446c762c0363550e191f43a8fcb8235f7786bf5e20a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 2, '\x13209a123ab7bebd6948326e4fea2bbcd642b425f3b78f681b692918aefd0040');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 24, '\x45fd520265d599f54356582d709becb03fc5d09d2b0435f63a6c48bc2ee2c2b8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 25, '\x1c1a3580863d33ea3be7dcfa7773534c598bde3691cc5400dbb6d3738c046577');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 12, '\xcfa7cdc3a1cb88ced8e3d671b17e4159798aee69864cd9480fcffa81db0dd3f8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 26, '\x829e3f0b54af412ea59c3ca21c4de37523928b1475c6487b6b94a7e29285747c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 27, '\xd6d7fb50b3cfd54d11e34d319dfcf53cee58c89d74014e343813de61ccb939a8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 13, '\x26ee62a21884246a65e1bf154649b98a2d09067ca74d8f81ed7b167879841b18');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 6, '\xf5d26ac4cfe6df2c87cd9046ffd06907823dd7e48d95df736a6bbcac5bf2d103');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 28, '\xaf5636330fc7b2af7defd5824475e74061c5c81c5d3ec0f7e0ec63f8eda46b00');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 29, '\x047505f183041c283d7104ff4691c2cc426323f7b8652f0e0a717369d278a2f2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 14, '\x178c4129698be38110156e7481c81db244027a4920c9483d0a041a4052b79dac');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 30, '\xd82bb2403f88ea3815245323dc110583df2227cebcd6d618bfbcbca3ae73feca');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 31, '\x8a9b642e2f6d87bc204b0d6479bf100b179ed317e2e3ac16e80b73358d113e6d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 15, '\x36d7ac68a36cc5053f065c40e7cad9fc4a564a70747878e8f6b293d758beebf0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 7, '\x407c275fadd89d68ea70c3d0dbcdf9ac363855ee0c03a34a91cfd5eccb24e40c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 3, '\xb8f91e1a1f3353aa298e0808a5b3fd518bb0a82c4da5dce933726d2f6f13ab2e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 1, '\x74d6954281a01ee35ab57cd9efda0fe6be6c9da7a7142408b93f3d8e28e692f1');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 0, '\xd62e31c0c73259e58b57c43163ca4800b50e18a1a11bf66b4c57ae35041bacd3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 32, '\xcc83eff646dbfde2462a3f21d2699e98df307be416409950a51737fd58a49469');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 33, '\xe7c46cd13a453060ae71fe21bcb9e0d6d15e14ba4c8af537904276ab06549dd9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 16, '\x0fb65b0f667f7693f2f5c9371f18e027d5e576ba96b1030362c431d27169f57a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 34, '\x90b00fe56756ffa08f6d60296cb9bb385f19f46f3437915a0b39a26d2454f982');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 35, '\xaca52ae7d8920024b5678387fbc9756c6d18df234ae692bcfafeccd296642ba8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 17, '\x3ff7753f88681715b9537487941eb869e78913ea601934bbd0ea12aa6497a73b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 8, '\x73a7a2ff6f490b1d6b726e99a20444575def68d876cf4f55517964fe80d5c087');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 36, '\x4269925ebccc773cfcd98cebbb8afbd2c2d387e8f90f52a974f1f8227789ffb7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 37, '\x502bc51814a310e3374eba9da8764a60eb5734b93eeb1ad1e894e2ec421801a8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 18, '\xf9817c998b4736ef5e49c6f3026e49597a2f981c29f7950845ea23a8842be725');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 38, '\xee3676bf5de7bb6dec271e92f92e61ca6057a75e7c282d3fc0156b4f4ba53733');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 39, '\x9a65cb1bfabb51d812c05eacb2c6dc13e38541fe4ee44074de7a298a8d8f85fb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 19, '\x818b63fdb3b418c2398438918a9c8e9d13f2b86c77013becf152333b514c0727');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 9, '\xbfbdb26e6933f52830d16a4e1de7a28e919a9fc0b18844d94961e623123b7b87');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 4, '\x740ee6527a6252b716b7a60f8819ebb0e09029cebfcff3bff5adb3c562ba7fba');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 40, '\x8a95ab93121005874e23823d56aa9026354672bca74d9ac942671deaa7e410d0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 41, '\x4f9853b2d19e3bacbfd66e2185788f607488220d135aaa38efeba6494295c3c0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 20, '\x9d5615fd6e2c9b2ef9a83319ef40d52fe1db08644d236f4a5f9b350c6bdd68d1');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 42, '\xeb2ab141cc44a74c23d28a1f52ababb03dba494dafd4d79131da13d12e86fecc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 43, '\x3f5e9d72b5180e50359810cb87023c7e7c9e01c7e0cc2d6b7e14c31046e7edd2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 21, '\xbb13012077f7623ae8ede133ad4392e8bd72e0f8b4a745122a863fdd454387a2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 10, '\x5a81e7e89438eca84df477482d4cd7f9a83ba5cdc62dd5cbf88c7b589207a5ec');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 44, '\x2e5dbc3da531d38c044fa3181205c9d5007a92daa82d0cae5514610fc863e5c5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 45, '\xabacf967328195d78cff4b8234383ded1dfa42be4a41d870400a277ae3e187d0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 22, '\xd3c28afdc9f124cce53bbb03c74b94f6f2ab33cac166873d518916a35daf1c47');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 46, '\xfcc905e22727de4e8e882fd4aefbd37792c81646e16cfa41305281f0fc531552');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 47, '\x36ae7f8b469c274926ae81f7b048c4dd8f2c1f6ce4e3d4aa34d0435898ad8427');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 23, '\x1a38edc15ede50808c07de5f7cc3ea5084e26b3fede99e6c62961579f4b8f8cc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 11, '\x534744a7f079ec33e81e064de7bdea4f05838d6a603d026020c7fbe9a16a7289');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 5, '\x7448cb402ed60a5fb5e80fad860cb7a322ede2afb0cbf261941398beb1ea29a0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 2, '\xb66fec6c9df10dd93b45a2827972601c6673e63863151c12bc819fcd92d992a7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 48, '\x130622c2f000c6a5bf1f724c672f8c083f3610c94e30d8996a624f0a7862ab1a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 49, '\x2ded7224ad22962a171ce4273078022c8d4afb078deb3b2f3f85b727a4e02189');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 24, '\xfb5fd524296e7f00feaf761e00a59c044b7e51fa55970324d573c43967a0f91e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 50, '\xa28e606e72109f3153afff1743282b729c884e04e8d7c1393b9d2f098d24fbd1');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 51, '\x2253d6b37fc3caf4b0a6411347b83761077080a8ab937ac1c47bcc0f5556b1fc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 25, '\x3303e100ca14faed9deb25a29b06196729b4e62bf7f891a80438104f7340b99c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 12, '\x1a3e4be4bb0627587d088e6b1e3fd86d796a224896bf38b3b927150f616afb1c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 52, '\x6fcf10439686eb7325ef132bdeded4aa9793b3c64edb4f14bbaceb03fc400fa7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 53, '\xefbf8976e3d616a3ed62e13a9d0a6c2dba41ee14d98f5240bca1e6d116d361ce');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 26, '\xe3a0f91c8b41b9c7a3331e3b4609ffb120f77de979a5f55a4b15286b55159f42');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 54, '\xd44c95e0bfb6e99e6341965cea2b47aa732ffe4de92d22e67e43b0c6a0145b4c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 55, '\xd29c728cb4de8f25941f22a36c8b81a723eb7aab4d260a172b9e9d9a513b8d7e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 27, '\x56a6d1c35f141becacfd910a259f9c8ebfbcfaef3ff0d12dc7ac589fa27addb8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 13, '\xd8bbe51dc131ed2ce31f98b94e4837c94e953a4aa2b114bddcd8bc79fe74fcd6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 6, '\x7cd894a41aa8a6a4ebdaa597d5b568f34786322f11e206e7687226d09747de47');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 56, '\x52dc71594b876ec23d667703d2e4d5c664a7a348da6021c81d7fdc8ea9e2ef39');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 57, '\xe3df7acbf5a45c496dadd9c1c64d128f7d200b19a24bb25e78d2fb9c99f06706');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 28, '\x1ccd919a2d4f66f796ee0637a3a1e6b15c40d4fa0af74e6c792e0b4483862569');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 58, '\x647709a7853a1fdc3575306e534df028ca238a7875f3bab3e680a68b827a2a80');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 59, '\x1aa9659d197068c596d95e6ae49aa7916cf9dbc5e1ea698d2b837fe53468be93');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 29, '\xf4fcf09ebbbe95836a967e34459cef566c169ec5cca0341b447815d2d222995b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 14, '\xb04987581a249ceeec33684862e33420aaebe41f217c4952c26c8be621ac0ed2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 60, '\x990618826163fc93e08a30306a3b2359c80f801ab2dbc3b35e2625b5839c697e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 61, '\xfbd313eaed523de5c52e84be7b61073d363602eeb14e47e94ec282bbbc1c27c6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 30, '\xf72554a99783746951b3fa3f6e73e09fd604143e718b578a958d8a4e755954b2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 62, '\x01c2666884f4cce05ac8e0db4927cc10fca8fd9b6a1c6b27642aa2017591ec49');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 63, '\xd19391575010126b73d9e1c1803e2cf782a0e391598527c42692f48372e2359b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 31, '\x87fd69608aa513ef71c9fd77eed71b5b585c794f82173bf9ec02dba68023fb2e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 15, '\x809c341ffb005edbc736292ebf232e60f41e4f7865639ebf3b8c10020f519af2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 7, '\x21a8e430eb5bed833598ddfa3050b3693131da196ca0975e0e3fed01aaf6e276');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 3, '\x2f21f5c9fbaa878c89f2ce2467d7530dca178bed33a2a8c39c32fbe81cca8c60');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 1, '\x84f5e36f2dccef4550754e52181a937931b86b546d8ca4dd26dd86a6f4fa175e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 6, 0, '\x89746c4fca345dcb5913c3194eaa0eb41741a0a538b6fcfb07f040d36ccfcf17');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 64, '\xa480d7384d987ff00de8413bf096acb3c48058c4c96ec0af900f8f69c6b4c163');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 65, '\x44ad5552131618d2d889e80598df9f5a002f5eeaeb304d32cdd04c73bff9e689');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 32, '\x65fdc02d30199258ca0ea8543a79085c8558759553d61bc74ba73c4b76cf8ad0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 66, '\x7bf1110f40ab371ccc5c166571fa5d650f1b5eefc57598592fd7b6e0e36e54d3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 67, '\xd977ec1f5c9f0932020fb4acd90447abf2aa93d08deeb2ca0883898507ff024b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 33, '\x249997f45cae8cfc821b149169c35e86a5f33ff2ef896975e212112e4b292edc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 16, '\x02fc2e4cf68c73af9f8a05d711fb9b9d8eb5495618452b6b5e0e91398ec6668f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 68, '\x07f6528831dfef444995c00daa55ca20cf4ea7f361b093883cccb9d8a5216624');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 69, '\x3bc4e72706a2c86d98aa080d891ff94b519a553e7d5ef57e2c676f05d1a35e43');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 34, '\xb784abacb270b3d42afa6fa5008e57add616f2f92461f956bc133515cb71c549');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 70, '\xca8f74df83b55da3295099ce22594d428a9e8e3abc0f8effcf1615a4c103507b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 71, '\x673eea3827d02e68d13c698299b2113db64a5e788e3de4d4b39a16ec0df0887f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 35, '\x8e157ccc97adc8e0a454ea80a9ed43bb21e8a4da42a55eb0fade9dcf9bc09ffd');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 17, '\x77e52727f3606f2b4bae24ea9cefdc02fc5eb4d7191a3d412823a9f5cfc776a0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 8, '\xa90e465aa08b8647b323207e027ecacbfdc9fcf1dd45cffa1077d2c155d8d1c6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 72, '\x7d329f4220e78cd2ed5429dfbd43096ddad201bad00ceca14b1a725e6b876d2f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 73, '\xb2f792a16f2712889811afa620c6f70cf49c2821482dd8db9641788bbef3f2bb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 36, '\x284692fb13f321270c3b133505cf2ec6722ce3ff048c1571ceec6556c50152d0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 74, '\x8015173d23cc3bec27dd3c11abd9b7ae70060b4d20ffcb47068decdcd1fe2148');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 75, '\x9c30cd5e3d9a0a76402321bd30b1bf0712bb6e2175a95d6a85d10f4914debe68');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 37, '\x8538e49228e06cce8ecb8c6bab6b60c4e9caf8b0768877efc83f5c0ffc09c83c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 18, '\xe0436ec493d00afe8103e553f8737e5ffe43e52eb62dfc7201a7e6b15e32f176');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 76, '\xf98898ab489e3f7a47f3babdfb0a4814ee5f5c4e4327d5ed9d3ad72543dcc169');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 77, '\x4546ce0b3c13302eaff1df183f180029ad091ba80da96e3d3ff745f97e206727');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 38, '\xfb87d2ac43cc536c80fd16c62c78603e8a5349bbffa7465bba4c61ebcae858b0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 78, '\xc3db9f633be5d243d0a2259997de53db9ac72447ce49470feee88c47d72f5ced');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 79, '\x7b050d5b482531f4ac65a7268b40e12ad65733a06c74c598494bb6bde72d3dd5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 39, '\xdfe729e9910b41be01dd1cdcfdc76bb1fa0170e8d31ba4bf6570fefb8ec8eae3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 19, '\x7e7ab07a1a7f3dd26b625c5d824de779cdcdcfdde9f94dc6348a46c8515de7c8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 9, '\x1d5622bec4bbab42703272426cee565fe65fc46aa08af468d074435efdce4ad8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 4, '\x5ab919fec9b6e6873150a5118e7c36928b4b83e7ea450b47de494240dd0282fb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 80, '\x837ac54194a6bd1f27a7281c063bdda193314a2c97cd0c5cf3a15eeaa03575eb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 81, '\x0cc83d0b0347d910bcdd619ed025c23cb5ef4d958cd1bc9298455228ec293030');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 40, '\x0e1ffec819e13edecadf5ddce147881b564b36a2ad3e07031a228541e2058af9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 82, '\xe4c5fa113b6b8ef0751700f9111c1fd62893d7809326fb22a0a387d178677d3f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 83, '\xc092e71397b8717d8ecea747ad7581e7c047920e9d14bb7dc0c96141e9b4628f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 41, '\xd434365c173ab755afb20a69cb9246a1c8d0f6742bfacf1276c9c9352f862982');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 20, '\xe26d8b3690139efa319cc383a927b04293662a911c55cc5d92a4ec0fd6cb675b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 84, '\xa72ee539ba1d439dac9cf0dfc4d43fd5055effbc2678132ee4bbfb6919d09594');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 85, '\xee0a1c0aa133099f2e8d486e11a54f9d96891ff9b29f5349267fd3f80f4f7cd1');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 42, '\x27acae637d1d06611ac45bbaeb32f8cfca2e91ba74cad6757f74ff8d907d30a6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 86, '\xea86d598b1a5fa7118fcbd7042a46f80e0313514de3f0a49480da38019535181');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 87, '\x33cdc094086bd8347f8e401e71dfbe07940345c0580ee30d23ce50e6a78543ca');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 43, '\xac6522135315aa0e226c4afb259f9e47c120894a0cc50f58f21005ed21c47ed0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 21, '\xb8936e3f36773fc43bc42bc4728d0e58983e83c4001dd12000e58a43e6bea106');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 10, '\x21a28e4d9f05456f7addd36baa4049a5e3da77c2e448c66ca44b724cecd28ab8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 88, '\xbcd92f3b98c6fb6a4a2618db4c343c591dfe5f0bdebf56cb6f97257e6acd2b04');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 89, '\x244c9bf0d432fc6669dfe272652d2bacbdafa8c973aa617346f0e872f679264f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 44, '\xc7201c6d436a8074d4afbf36aefcd400ba3691ab369697399dd1d84744427bb0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 90, '\x0ff6fee093fd238ccd1b5c09ceb0001e3bddccd1779e8df1948cf0b1f7b5b9ae');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 91, '\x3c32770c546ec45f6c14ad2dd5671551576749c96698336ba6f5db5980cad999');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 45, '\x98c3990aacab56ee639ccc2bab9b4bc169ac6e1477f5d52c841eaf76c7fc8319');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 22, '\x3016e9bddc60483fd8ab9796ea1978e1414087c1e6f3567fe906f74434cca14f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 92, '\x731a4a2f9d5a2372aa9442f025a186c9e3f5ecc9b93435859b2443ed7fa5016f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 93, '\x5c2d11025b2d5ce9cad58a5800663831f1b5461f9f8e5028d84e44586f0d180d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 46, '\xf5935ca11b0bd11dd114fca3c06f24444714efe314d0221d278120277abd7825');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 94, '\xe304264149987a40b4c8d9cd67e72e3092005f0e497017319fbd42c510a0e520');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 95, '\xe30df1be7932d60dd8f717490373c832612e75f6b793ab27fd58eab571c6bc37');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 47, '\x480d0686398ff6abdb946b56090f0d4d23f6eb6ca8db6ef1b44b152ec80c1014');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 23, '\xc69279efd6fcc74b4011a1fd1c2061e8111da0493224027d457bc9b91655b854');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 11, '\x3d7f5e6754e1310d8879aecd9feb04f3d8a65b77d0baf9201151b564d2be4cde');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 5, '\x16c64ded3c0e512a2755687b2cb5793232e90e8af4b816e3db2188fbe4397cf3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 2, '\x2bb236887a979824b58ed3cfcb83936bc5266e9a65d8abf0b7aa1a914d26908c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 96, '\xe509e33e47e127670b9cd0307f956c4dbd38ea80cdd14ce941c2c6eb85d20c11');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 97, '\xc590318a7ca4e78023f014c3a9345ac74e1d56a765e09e69dbc290109c9c7033');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 48, '\x083ae427c179c92c168aa6ce493e1dce72a99ec811695ec2f214765c7019be64');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 98, '\x0a473cf81f1a685d4933e9d46a67b3b3f472b0a7105861162247e590b75127c3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 99, '\xa11f4740cf751197485e9be4f605170df0598004f0592f47b7242ceb8507276d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 49, '\x7462a1729eb908feb17aefff2fc0b43e36afd098168b4cd9d6746924ba4d189b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 24, '\xca1c132b65116b8e639b0a95c1e249d4fa905ad1b9e0b6ba101bd2a687036c9d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 100, '\xbfdd7071d6faec428f59aad8f0d59bb4570c1f8ca36d9f59e3a21f5859ae75c3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 101, '\x0bbb3b29a34497e11d1196e2a09680d2b5009ba1d72b9c7f5f9f027a7a4ffc1b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 50, '\x734374b18a77fc9e72e716b96535be03a817e690a0bf95d144110a59ade33d1f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 102, '\x4e2a82fd29cd0ccad80173538c231aed968301645af80346213333eb6d855650');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 103, '\x4f99c4d3cf9f55f439e2c6d8fa64fde0a35d8b59dbe0a476d03d3fcaad9a59b8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 51, '\xd8cbbb06579786e108f6f88c2aae223fac8604f74528ebb0bcaebe3c74446367');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 25, '\x762464981e40ab4d2a9232c1aab7a18a56a252593ba24f3fb50c49f7d306e9f9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 12, '\xf8df9bbee74288a23280d14c86c7f9f1d1e54bb692fddbffc09dbd919beaee52');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 104, '\xebe245374910b081f0b7b4eab1560c17deec637e670d2523014a40b273657525');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 105, '\x2f003fd7d63960dc0da5c4a7cc83cb8508ebe808e41ca2c091b9c893aaecb061');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 52, '\x50e740dbe8a3b73f5acfd8e2ee639fe5e73537b5214da8ef6380f4980339fbde');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 106, '\xbf7d0b8fb86d85b7d128a532fd3b75a7097dcb086a0cd77563582195938debc4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 107, '\xe199a64e37fcac87c31995289e41ad53ff56147678aa922f047ff9585692977a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 53, '\x11e0f65c6dcaec78979a9d240e118fa91a8f8c4839363cc28493c2e1f0066c9e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 26, '\xa9fdc59690c1483b7034d0d3b45c4f0b45065f625273244b0f397ab317b8ee6e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 108, '\x167bf7fbabda4f6de86fb9987e4a5e023680305ebe8d6b1809d6d84504d7b1e0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 109, '\xd36500aad119a36dc82d8f88e90cb45b4de7e135c22a233874735f3332e6f2c8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 54, '\xfebbf022817f0806377155c6f8d307d9642b5e01b20ce936972ad2fcc3019fc9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 110, '\x0e1c3f9ccfd8958403f639d80053481293f3f58b73ae68e9b369ca9689372685');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 111, '\xe89431de8ad68452e86f706e2d0b69aaecc29eb3ffd28cf60cd251f62538b983');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 55, '\xa84e0b7a5f4fc3656c52cd153241fd27fe0f7483c23e9474ca80cc3c46a3b446');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 27, '\x2b5cd00c6ecbf9440d1cd727361ce9d08216857d072974063d9d5dcc616e193b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 13, '\x97b84affd21cb70e0fdbee47bb94a0b4d36b122a71beaffc73f78a15b6903d3b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 6, '\xe5e519aee037b0ad4f70b329164877e0fa4f8750c50f3958f1257fd6b9c0faee');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 112, '\xd9bfb22245948bf0145ef022f071d0ee0f3e7fb294d48f9908931a63f7966835');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 113, '\xf3c9ac1ecca9507bcc92ad81ba28c445a5c01df3e0b02120cb32928e29b3e4ab');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 56, '\xb8d99fb0bdd21b20141be08d360714137dbc2caa3bb83ccda9e8573a24fdfc86');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 114, '\x4f1cc95b43c3ecc4c41847a7c5e8ffff71c596a54db172591ce9603786906ee9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 115, '\x70aaacb44ac542bcef18a7209d0c5ea05a169b5313ae9e9b8e58a91e50dbba97');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 57, '\xd3d3ed4dee9d0c00987ccb4301119bdbd3ecad42d9da3d46f983171521fee2d3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 28, '\xaa763ee73427c2fc3784223fe7614dd67db44a59b77bab57b6bd4a721d1723af');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 116, '\xf0785048f88be954a0b386998cd1c4c72b160802118b5b5dc9736b321a3eda6e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 117, '\x32306b3f943f5fa8965069bf353ac7d114c269b806cd082a7dc8ac85a6bd7740');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 58, '\x1f18a96b762a5285d6615ce2de419e37a61b0790efe599e05b3bfb9b197eeaf6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 118, '\x66771234a7b65920858592d09d604a849dcc91a7b01c13b8d11d1118ca440140');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 119, '\x42c46ce6de184067f1eb4de84e6c66b19e9bcb75d3336e034676282686102fcb');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 59, '\xd9e35af5a129dd47dd27f6f01d7333e0bf26dc54f843b7863e37bdb72a8250a2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 29, '\xb914290d1dff9714a61b8c21c0ab31fbf45f1fd6b6d86e4411556fc74fd0381b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 14, '\x0aff39dbb9618e0b5a84a0f4074d923d0b961e11d3c20d4b57eea34935a3970d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 120, '\xd93bb359c6eb0f378356d94afe91ae22b5640d99d242502089414982ea58e688');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 121, '\x4838e4cad755263aa613770be021bf0cfe1e371c3bee495a0b62d8188b3d5b84');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 60, '\xd935272a59b88dc4404e6d7eb662d9582728fdc6c824dc784b97600e881aa471');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 122, '\xefeb8fd643cc0e2f875c76f826715f6c0ed79aea0123638b39a987949b37407e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 123, '\x9b016c951eaa1730cc7a8869ca294973e35e6c5ecd23411d0edcdcc2f01a7e58');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 61, '\x9084370b87bf967c31de83df6d4335a757a8a4ea67d21e1b42dd704eb5986400');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 30, '\x5f15c194962602b6661c6b684640173f92dfac907d40da6c1c3c75c0f8321a51');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 124, '\xd3d473bee831489278a2e4572f115a0a72980e0bf5de3bb159cfbe52d13fcd91');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 125, '\x164f9844412f4ce10c2010e34c0611014e79a831a7f8d53606073e4fb4d35028');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 62, '\xd2a6f2c27f05264ae4d2ed7ca183f617ccfbfc3062434c912763308f6f60b29c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 126, '\x3aa8b56a9aadf659654e4bb20d1c7a3962af43d0167446a4be23784db03f36bc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 127, '\xedbe09d86021b7644f1b5878e0509fcc262261fe9f4e1c6d38d81255faefe31d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 63, '\x2eef2d6380078a1ddeb93edd3ec0c6e80750966447993639f03f9406d30ec251');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 31, '\xc4bd391c3763aa08d4e34c1bfd462a97ed163ab31c9e8dbb28a5f2a394501525');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 15, '\xdb2871fb6bf2962c6f7a591e0328b15700a357245eee14db1e32c8eaa264b096');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 7, '\xdee96b9e06257bf31950985927a915233c41574bd84a6745bd0ad787cef27c70');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 3, '\x489ceebe883f7f511148eccc4c64f51be90b3976ec97990c7ad994940d8cb160');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 6, 1, '\x86b6159ae6e2dd14ae004d8d203d3ca438541ac08de8394816f3c95b4312d952');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 7, 0, '\x33ce0c83831adbf47ee7d0ec825357c4ea22e781e1355d6c79b034d3921cc453');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 128, '\xb63d31d71dd8314962ba277bed6cdb2da79fb0e8439bbcc59783add4ab3c1c3c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 129, '\xb1720b5f805525256fb6d085912c20686fecc0de6cc4719f28569362eed304e5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 64, '\xc6fbeb35019a80034afb2dc8544ac16ceaa0bacd1ca7b643e8cdf1586724d7d3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 130, '\x2614262674e6fac8c13346d9dddb930012baf0ecb2ce46bd1587eec551f8f114');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 131, '\xf59010023816aa2f0c7a5a641c5bb467a9a9e1721d708781a92d5772cbaa127f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 65, '\x5f7e076792fc7188845cf9e1158fa396b2c74077cdbfcdac7ec030aaee2f6605');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 32, '\xedefc938a1fe6c9120a1c9adedabdcb113e4314fd908d80cb85a395b2edd6367');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 132, '\x320dd1ec95a6f660668717fa2a0ebffa819f437ef2a24d3ef5ea615db74ccd7f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 133, '\x73f39b893ac192f04ca491207924a74d803e98923ddcc87114e41c146f41cc06');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 66, '\xe67fe4ba23a697c40a24c53cd6701b6b454bd7c83475a1be75b4e26e189e25ec');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 134, '\x0e4b5d60055e88d3f28cce8828bcec87e9e6eb69e6b46ed3e961cb86e1f4e97d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 135, '\x3e4ec60768a4370e09a6d856b6c77063bd33bddb64c35b8915aa4e4fe1a0bd8f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 67, '\x153cc80283a5436f42e93fb1d003e9e42b68dc7684ab617e4e86eb902d806ce0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 33, '\x8d7e19c567dae0c71e9ce263eb496ae1df806f0ccfc3501d5816187b8df91689');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 16, '\xfc9d2bf1ca5a6a2cedd46fb2db968f3df42177bdf061f3ec7db5fc225b0612aa');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 136, '\x2479f819704ba27d62d0ffb287fba0b27b19994b25b3744a4825bb16bfbf724e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 137, '\xffd11f010dd6e683742723f98f0625fd891a6c6ecad14980b1d9501e892be5b2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 68, '\x00923ac38d93ffa7a144e78a3641b07668dc1d6c1a4076513ea5e30f0b5ad549');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 138, '\xc9d6ba35000213536dc87a3e819e78ccfb94c095590d635c49c19d6ca3825ade');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 139, '\x536df71123200a7b151a087cd8e5fbe89af5ca6ede4a30307c01aedd361b1dce');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 69, '\x03927d1361d4ec79fe3cb823d343c22f3de0cc1c60d5374acb66de6a4f01c3a7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 34, '\xf7be6b37b57027c602119b56398737d036c4e7a3e9d034d94ae759b18f2b8bef');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 140, '\xb48a488589349e3dac89a54a2e15e9ca22a13ef5387167ebd03571e5d12b158d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 141, '\x1bc9acd53a073025518c4b0f0d7e93b59960a597f9a2859972853fbb4e74eb73');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 70, '\x6fc4d8b6aa7b412198e36c1e4bf597fe3d14ef944c246e7d2ce383f823f3b3ae');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 142, '\x56be0c574bd7d3954334ff3737060f079c73f11511f0b3e31b90556ef33b2673');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 143, '\x3bad19c5171054592f66598382a85cf3d375a9e0f8e2602ee64bd80c2a1ca136');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 71, '\xb173a78dd45b234999d48631a64a8ccf9bbaea7efe7184d6281f9346f9f12578');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 35, '\xf49139cfd91145a08ad7b8a3f48eb2e32d1637cfe1aa79ef7ffcb839fc509c40');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 17, '\x6c923e718a281bc8a974f5f7007e6d956cedcadd5ea029233ac16b7d72a09c61');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 8, '\xeb04a791a74ccd41a39a97daedeb1a8a5d5bed48e95d71df1064d3041116d2d8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 144, '\x386acf15878520f18ebd33692730b0fa545c5a213fa720a83f226d1567a2218e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 145, '\xf9e37df6f30e4e6a798ef25c9bfb5d11b67bdb6d442aa6bcda246d98fddb1c69');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 72, '\x40548077f72570c273021f9684223efc998fd3d1e0bc8b3c280009a513fa022e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 146, '\x1965e13a160fd115e21ca8e591bba83cde3b0dac571d0f5d794dcd7fdb90c324');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 147, '\xbfef1cb674fbd467421b8e6aaf5b6a3d377c12960e14bbcbeaaf01908d38480c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 73, '\x4346b59d1066ff9e513c0c015d28b670674ae6e4ecd92c02befc2a4e280d7396');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 36, '\xf8bb8fd11f94eb2d19ce8822bdbfe1375810c68682eae05a3c2cd44098d13d6f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 148, '\x11615721e97ceb9230239d057cd4b504a6b18ba409e85e0947105f9dc655d73c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 149, '\x4ef45ffb656e25f2d2e1f0c5fde9ecf0ddd9e72668c2db4996194e4ddf167d6e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 74, '\xa80b5209cffdce0e60cb0c244eb438933f7486a32fe5738a2efeeffe0af29dbd');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 150, '\x0777df20b93b54997a706a8d84d86165ee7a1ac89773154303163d8b55851718');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 151, '\xf5732f6de90675883e46ef95c48051e27ccd5aadda2e473b7f69c5f4294fc151');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 75, '\x87222d5c24c19691807a23b9c1eb4c3c5c6ceed38eab6c8cfd0c846238ce2dab');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 37, '\xa53fcee36cf0f8135d51ee6857f62d3125b3d06857c18067e8119c5f96c8abfe');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 18, '\x046ff18c9e81a85f7f62116be7bf71d7c2adc6e121f9845c1d915a1833fcdb86');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 152, '\xa01bcb65f5fec7c67e1b6c5a1be168c7a2c4adb3b749be630c0e9641e2f96a77');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 153, '\x06107099d165a5a29533ee6315044bc4401e990208235bfa207efdb27c36afc6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 76, '\x7f72f150c8296219f1dac343fa773d64bd10a02fd0f158548501632d546b0339');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 154, '\xd5947473e8e6af4644fff54603512fd8a8a1e7148b86856c6e35d6eacc85d449');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 155, '\x553d7fc3bcba39260d01431a55202b40af16d46a4ee0987062d4b46ab12efe3d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 77, '\x8e7bc156020230912688ef9d44380ea92a59ca1cdd42352c4b412dc10a7f5aaa');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 38, '\x424331a010b8e0b5689c05e53f08e3f1de73d9cc4a72ff92607880ac68c73a2c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 156, '\xbb9b95c13cc8e9e870da7bfce5d45958ac1c377494c46ede408edd58dcdde3fe');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 157, '\x3792027a26613d459ea5c7e2fdd46bf2152c86eee34e995e8caa175d9c684bbd');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 78, '\x5465d30111321002affc8e4a5a68d35194d6865a8f0472413d94eeaae551651b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 158, '\xce2308041591e90198c7b56b987dff139767ad4a6c606e835efb642d15f1fe23');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 159, '\xde4d1ec0de240aed604e2e79fab632deb32f5a319b43797ab2a711872a5e00e9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 79, '\x84d0c294843b8d8d91d68191f48ef437f5190b6599fe9979a3d498d817d7c373');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 39, '\xdd41063c99f5c0fbf509c98445a9b007ecf855ddf97eee4f493cf11fa74ed1e5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 19, '\xef08d5020ffa39e131afa1a0513d7999b96db330247a1396a7068b768a1d2ff5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 9, '\x3afb183e808c055f975531252a4e975deadf0bc0259b903a5c4a158abbaf25fd');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 4, '\x37e08a2b52f765ab9c3525c4aea669760ed365671d6b144455fd13d6c46d0151');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 160, '\xe5925842ac7d6260f1c83e9c7c25a50fb8711528d2f6772f7b94ad9726a2c62a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 161, '\x6465454ab84707e0635e238f5fb9d228c4de2955eec6b78f9653e96165acce62');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 80, '\xe2c63769e98d0fc58fe640c714f74c1fc92123c75af6e7e4cf057d73455aa0c2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 162, '\x78ca6f2298ceb03f81f539141ab1881acd0bfd10617d995513c498984a8b5e8f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 163, '\xb9ee1589b90f250d1b6e6f5356918d189d425b23e4bac10d9a3421d2d0719560');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 81, '\x4220d7795809e6ce030bde768599d1fe2192b93cdfd126f58080887f704c0d84');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 40, '\x84474b91b20b79407cbdb10acb68da19e2a5f99fbd0b0aa612e6b55cd181be1a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 164, '\xd8c130792f13412a53dbd8445a175575b2d81da1427e663d7ac375bcd7058537');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 165, '\xe9eb1c09434137536c15a3bc250e31cad3a186fbfa49cd0e694436f77a1766cd');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 82, '\x64a1c3d7daeed8f2a50a5f0c27c27134659a251074d28eb9301aa4828d5955c4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 166, '\xb20f4cc19eea15837c3606b6569456116d09f26fcfd47b7952a3bacb7337e918');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 167, '\xccbe8b7ed50826265ec8cf792ff903e6cb6b9958c92105996ccd03681e227d3a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 83, '\x5e5a9306878d039aa1628f535de2716fb2da15cf5adcf7095d3c03a5d44f15c4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 41, '\x96d1aafa6b62ca4980df8d9d2b3b1946d2ca615c182791c9282df2d1597525b3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 20, '\xe9da681ea7191dbd59dce8806a6e319889fb5aa5eb2da66b6b9cef56378550ea');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 168, '\xaa6f480fae3e931a699360718156b9117f608ff8976f71d2d94479b88037fda1');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 169, '\x85a040c0b5bd8e4731f0ffe1892aeec510af58654773d168f8672457fbfcdc43');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 84, '\x337b2a193d09af425eba67232821f3eb7cf2a451238cb5f34637dd1c559660fe');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 170, '\x2276d368b83236557b9cc2b9cc4be01eb22d2a57352b363699716cf2135fae1e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 171, '\x5b59a77a09da9d90ed224fdb021f61bd6888e02ca785dcd659a699bb0e7f1d14');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 85, '\xb8d93d6281dc0dc813cc3616d0203aa1534953adf613a85a29e30f2184ea6fb0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 42, '\xdd3e6df3496a989fbb7b89b781e56d107d3924fbb6ab990cbd63fd0c929809ee');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 172, '\xaa843fd390f12baa7f459100b1a0835d52010d7fef6bb00fea5bc7245a388f10');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 173, '\x50a17d96e21a569ed6ecfb7cb4b6fda9ea5b2bed2778b5d77eb09745f85ed042');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 86, '\x1bc33da465502feab2ca45512c1a12a82055afb930c4cd3be7c139e100a47426');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 174, '\xb598f0f99a5d0dd6e9284731a3b83af1548942ad42e716be4a3efc6766ddd48f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 175, '\xfe359a5f6c5628a34033df9a3c23ac984857c62483bab8f8a50bc8c05efa0a6a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 87, '\x263fc1a5a268b98e81ee509ff7708ccc98b9b719e0e8ef0a71a254e49535a0fa');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 43, '\x48a179d8c59f08aa3b3e24b90978904f4859c314ad06bccb150e750bbb40ac1f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 21, '\x3ad707c65e71b592bf156879ebf72538698dc6368bd636ef4edfd96a90008774');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 10, '\x67040b840b2cd56b54c04e644c02b337b65bd4b02de7f67fdcca899a07238124');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 176, '\x597bac31a36179b57a23fc72bfd1db08e6bd38029a5b4beb3512329318388db4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 177, '\x58c23b4c6cded4b9aca58e4a790f075f75564234a1bf6eb4522678b53403d652');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 88, '\x6410d5fab568ffb173af055d42153c0111b2f067a2239c4b495c7a2670d9e479');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 178, '\x2263b620ac7b4c94770cdadac04c18dd7f28744734f820b16801467610d22404');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 179, '\x0d8339d9134be341758ab7fd0ded428b7455b03d950b6275086be2093b996f4e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 89, '\x94f7eeb0d0cee30144fd2ab0fa22f9413d2250ab7ca60acfc84466f8ddc75556');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 44, '\xa793aabf452545fe2980c7da94c3c87ee4a0a1f17c397092f790f1957c6a61cc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 180, '\xfb1a5292648cb96ad0cae1cdd1876910b0faefd4c90a710d4dd5abf35badc26d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 181, '\x55efe5fd0a4547ac101140410481d22ca0b0065aac28e80eafb6dfeabfceb061');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 90, '\x0cc9935d9ea998f0e1a140fb2a1a9acc94462d3cb338ea10d6393bcc0aa7a70d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 182, '\x1d7648dd09976a4f360f9e8aef065d54345a90e72e5008ce75138d4db38a75d0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 183, '\x6bdf38b7a0057dd8cab54f8f31ab2169d1a29fab10886d2d8a516f198ffb9b84');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 91, '\xa1de99bb521c1a72d13b7b92b691438f44c9b15925d44d3028f550c975d48c04');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 45, '\x22ff0dc2983dc4ccbe07d5af92719f44c65faa07432c8304bb0c309768c7f0e7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 22, '\x2cb7aadf800c07377516562d73fe64381f37bfac7f0a73d6cdcf77f99fc1e206');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 184, '\x639a87bd16eaee7e165f91c647b89b862f6252c948676d90b5009fdd84c96fd8');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 185, '\x0872d98490c8cbd196f0aabf92f53895f23623893d9227f0a9be0e84e169a13f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 92, '\x708b26f12bc158bac04a51810aa4217699c61b6e59c2fb0d4dd34ffb46ac9c97');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 186, '\x9f6d87ee009e8d2bd00857d49ac2b798fb5d79603549a00c2b078b303237f1c3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 187, '\x7f37478b8521cfb12b76cd50541d0244ac4632e229a0dc32dbe8e62cbe70a5a9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 93, '\x030dbf7a5cb939189709f1451711d6683c32f186c16fe29493f84186afb7c63f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 46, '\xe42e371c7bed95671fd544af05adf7109bf17ee03ca652945e7ba0c60f75bfac');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 188, '\x3a1d433ad8b23de1ac57d84f6aa005537f1e7105ed9c661af00b2586d56fd7b2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 189, '\xea823a45646922dcb3cf7b26d21c214aa5684119310fda177bb21d67754f2816');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 94, '\x96c0fc6456a23181ec694012b3e2cfab5440997cde1de60c6e18a580f43bf557');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 190, '\x628833c9df8d035a1d51f12b83303104eeaee9e570dead7ce4018a36a2a205ca');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 191, '\x0524a6b3c631ac7d021c1495815dab593cc017a911ad127f8d98471db2d42688');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 95, '\xe6013bf1545d8c40866042f376f9c95cc480e9d93233fc5b726fe4d02f0d53bf');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 47, '\xb4eca2d1bbe0a6c8261a3a0ff079be91fbecd311414cfc7b98a3718dbdb92181');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 23, '\x43994da02e5666c89dca818d514b6894d89d980f8699c82bd2e686690577a113');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 4, 11, '\x634bf5d7acd48095846823bc405bf0267c57470e3fd0a440173e07ed3f9e6712');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 5, 5, '\xcaea1d0680d3f913d7380ccdff50e4e0b00448f21ddca08bc3f46fdae6deb635');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 6, 2, '\x9e17ad75b930ec4dac5b9cf46b6d36604ff857c4cc78077630e3a1e514ac07aa');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 192, '\x211b86fcac927f3c65f32a728778b8f5bf35f83164816b9b3c3862a51fa7f22c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 193, '\xd0e8b18405d6694718fa423fccfc6c0c9bf72447298921a0ff7162e4a9377e2a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 96, '\x691077471bb14f33da7eb9599f003063717b42579955a68620545da0058ff87c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 194, '\x57e5033a76fa83e966888f91f6ca3cd882353bffac43897b895d8b3a3f828780');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 195, '\xca49c7c72fc98410cfff49d597a70a9a7351573db7f7e9ef5bae9379b7b7799b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 97, '\x00aaeb7a1cb9b4fa9a622ac3f52866d95d6038759794c03759e031e2e4c2be13');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 48, '\xc6b200c703474c424c0c31051d943dd459c8f75fd5db23ed1b8c3ce2737ebeb2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 196, '\x4b2ff98c641903b8846623491f825b8a2e23f4b41f63715a5abb41de36267a46');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 197, '\x48a093f081c03c2fd8f2f722cc0d2c7a058b6d399245db0169df5a81aa00e8f7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 98, '\xc9b443e35a5e6c533f8637d69caac80b55f2724d836810bc7161183b511dd15b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 198, '\xed25e0577fec3fdd9047120cb2a5e046327a1d68938fb74c36fd2bf8efe7fe09');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 0, 199, '\x660964b8fa4409b38ba247315f0355ea315ac728388537b3d55816bfd5aab1f5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 1, 99, '\xb377ad99377d05981fc460dced8e394874434ef473d8ead2935c7cb1e057bfc9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 2, 49, '\xfba0594cac79c5e8948a09b7b4428ec9e04ae39d91f70a4795fb8b5874e16a0f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (1, 3, 24, '\xb2913ec8d46645ddda919812d2247dbbfcb99d77571c07b26a8fbd4dc92d34ca');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 0, '\x9cb5a742dc25f4ed6d87a550a992242b916544032a356de75313ff8539af7719');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 1, '\x1db5d964012dd748a7f142d0e408847d34ea82a091f407dcef475b5c6be151e6');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 0, '\xc2a97669ffcc623375d0f4de86d0160f702fb089fe4badc237562495f25a2a51');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 2, '\x55557d136f43e32df84129e9ee32e14bc9bf183aa8b6bea90375915352dd11c9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 3, '\xf37c620eefe3fe82a86a97a7f74b40e184c575030da3d3f29c26f374010a3cf5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 1, '\x1f0c228f215815d37b10642b8eec48a1398bacb0a9058ad8391eda75b10e9718');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 0, '\xfaa42bc5cc499070328d5983a3d6a875b510da8b75c605b40670204a5fa5cea4');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 4, '\xeba2e9bf1e3ed417ea6cabe4d46e625559dd0e260de190f75c1d015f29a31907');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 5, '\xb1dccce1b77c53f6240b0174abe454cfbb24ff21a948500f7100fd36ff458d83');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 2, '\x5215f4d958c49681e99083ce3d66648e60e8291b41f0c52ce673e26e9f69aee0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 6, '\x8be58d7f42dc38a1715c635085d1e7707615e41bdf01d685309164957380d216');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 7, '\x272e73ada1ce5b00bb837d59f88b57a67983c5566bde5ddaa9396f0c48a1e45b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 3, '\x7c2c2a55a0461e0f2981ad83559f81a2bace4978a4b8a4df63218ebd5cced9b5');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 1, '\xb42810f5c51aa037c091549005d1e65dcda2fe56b853ef95303a0e2a43c1200b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 3, 0, '\xf8d075a60220de42da28da5351d344dae24ac5522d665b7d1ce3fd7eea9a0ef7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 8, '\xc802f08dca02cef7ed402508995a36c95f335bc7e702459ae2ded3d9b1fbd481');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 9, '\x20d880df942d1f91808ee13983905e6cad4c6865c799b02b2deba93bcd09a691');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 4, '\x50dc73c390573032e17f8539723676fc3735241314a248f70cc8339ab03165fa');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 10, '\x98bde9c195441e97a99f4e1f1a2e64218a0135c1987dabf3276850f370989764');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 11, '\xf3e8b9b70de834760f1bb205de0b30dd97a279b554aaca5f7c4d40dfe1a79973');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 5, '\x612cd3510e8e79de3f2307e0b27284557e45cffcb10e47b5e2d588ea7f5c07af');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 2, '\xc1dc54250631c1a522a75529644ac51d2f5bb235fc5ea6b758ca7ce28110d098');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 12, '\x9c4345c2e4b7caba2f9b1073afd2835063ef644992ba32631bcca0dbffbb36f9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 13, '\x0b7c9f59205e0c75b797c54c3ead5e94efff08eb8ea977fcd789f7cf0fe95748');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 6, '\xcafa7c8313b6dc0310121ca8fd59b0a7a29436c2d7795655f927b093bce94e1d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 14, '\xcf4ba60474cfac37b6ceb3b7ffc8deb5009414c5d323a2010b2fa8c36d67eca2');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 15, '\x667822d289c7d4bd7f4f8df454e720b4f3d32b46ba12f7af41f2149aff8516de');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 7, '\xf4b12975be3a8bfd097a3c8d50fe00e0afb4807e5d234d1ab6979bec2e8296df');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 3, '\x1945adb2b7cf324b42252e71fd445a4c7a2b8da490f92c39aee08a9e28fd5586');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 3, 1, '\x7fe46ffe3f6969d97c1806db5edcdf500a25494ef13339c36211294c7b362d1b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 4, 0, '\x0b452f0ee389a90d13deb8778fb8eddc853c5572b5fd4365f1d30eac86399033');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 16, '\xa3ce912980ad582e0d56a7982b17c90486979abc313a98855624a8b7991d9086');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 17, '\x6e8021de818f527e7c69da845e40d0a136c31d8b14b874dc39490df052decea3');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 8, '\x58ea16d3b1bad8e1218df1096226399c1da11b382985e0cf026e76712d22687d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 18, '\x0f1f653ef4484305bb2e39c19441787a8c1a6036a2143dbf4cabbc774445de44');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 19, '\x3b179917ed2ea7dbec49d8d9cf946252b9e4147ec46f84db5c96d4d4972a801e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 9, '\x34c478173c97b61714e0c483a4a84609c7ca12a2ec716cbeb7413558c5f011cc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 4, '\x1ffa7b08d3858a172bf7fd38d975e1dd4f8ac1d6d472f677676db4b042b1ba22');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 20, '\xf93a4b08442388c19599fedb61348c443a4f66c26eed62990d48065eae130f34');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 21, '\xa8438f4931bb3d61e142b82fbecf47446741b4517840dc73c0a812b9e89e85e9');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 10, '\x0ca1cf4a1024655ce1f11abf965f60254cfd077a154490608d47bade1c3de496');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 22, '\x8e4be2ed849e511b6bdf79ca6ff27f9add1a9b1382b8409f7391f5b1a529ebe7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 23, '\x642116676d73db52aebb14d054d7ffcfab5133dfc434f5539756aa55e3b56435');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 11, '\xd0ecef36fa382efe04513f9b08cf4a30525f70ea7927cab1653578d9b3b1319f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 5, '\x2573781dc332d548326634ffcf5d711d9ee63b6ae3d0d12898db21a18f76b4b0');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 3, 2, '\xaba4781c1fa89d1a4ce3682f7fd456099799c368711578869eda4bac8eb30df7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 24, '\x00a56dc612482f18243575424551df6484b2dd7d4d2b6dca4c343270b926e296');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 25, '\xae1b1505fb4c1609e0ba4a6062006b16da8a88089bcbd99dc415b7b8f1dec99d');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 12, '\x3203f155a78bb0c6d40cde09e14b7a6112fbd1d65c4caa82092f20297a46ae8e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 26, '\xa2fc0613c4d9f1a49d764937da746bff2938a6ebb5f2f27d6e03a2a5b0058b4b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 27, '\x9c1f9b336ceaefdb8835b511dfbe5edcb55cb324f22471cb89feaef9b86a9240');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 13, '\x858a04aa91ae196ecae0c70bfa04342121ea62e0c21b882ed21066a4c4a9f95f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 6, '\xd5f9b8bd2ce48a08a8e585343baebb6fd44ccd2fadcc5f99258da69c2ed7f795');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 28, '\x0c1711c81b8dbd79d4137cc46afd0218c150d80828b173bdd722817185d32bbc');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 29, '\x7496ded2d8a0a239edc0d51e1931c8e9409e023f3fefa000254e5b05e7c7c126');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 14, '\x9e0cf5b14dba138c007ace57211e08e404d468849073f7f82ee97519ae98c279');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 30, '\x4552ca861dcf7e499794e6ff33bb287afa32b385e04405a776e12110dff6cc7a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 31, '\x6723b7d39fa03eb8ad0b380e2145f80685107c458d99bd6b79367bc1e2597c10');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 15, '\xa128d75d2751af2834ced66fbab9ec4d6379edaba46090ab104a6141a3804252');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 7, '\x3de3f3956a2e44489e0a2111a15cea1674909d36492323bdd8ae97c466a43526');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 3, 3, '\xc8ba3dfeaea21e0f71476f981d1d4dcef1457b2ba528a17b21cb6b682ad8415f');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 4, 1, '\x8519909264b1bd7d5300b6b6c72f1cc648fd43459f95bd5323509c94042e3b5e');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 5, 0, '\x19d566ad292889e8b55b0721dba94751489748da1b2ed66b28cca4d5f8551f2c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 32, '\x829a7f009293a7e98865a2451394b05894b1876b2c1e5d3e595317a18122e477');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 33, '\x04da505edbd219d10dec5b0d6ba4fff14a69ce5825cb7cb464cdca03498b5148');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 16, '\x649fc03d2b9f217b9fd81c3d968414e950bc270fadf14dfbf7155d8a1ddfd06c');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 34, '\xb97a55ba09e3bc5b919f600d3b7ff55a8e7af1b234fb98a4f9a5dcb93cf081b7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 35, '\xde9a8de257533fc5fca7a1f17da03be32f04a1d41cfbeb7ce3063725e8b61519');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 17, '\xf4169450007e7087d21d91b2cd8eef4829a30a05c5ef520c6ce5c26c47d8f876');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 8, '\x836204e74931de55467fa89d54a373ffeefbb3369b0daa88dad1b51291f76e04');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 36, '\x1dbca00b66fa6ad7656761bc337df4753124cf6eb56154996e67177e06f97b3b');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 37, '\x8e67f1ad346706e7d327f35873a218eff7b064a2a147a5605a7b5e839c4a732a');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 18, '\x1ec3e51732639256b4ed061d97068946e99c2c05ab1808792c90d089e3a28f84');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 38, '\x01e7ff543960399d7ce14268d95920f744575574e86ba620a08ac617db52a3e7');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 0, 39, '\x33f90e27f707b87130e8bf44c63ff81aab3b6fcd295954dd555b5169b0868556');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 1, 19, '\x9b632f541d591462f8924f728a3193ea4350ca27d5cd324f41a010346692b2bf');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 2, 9, '\x781a3652b68ad27216a6a93339c3af45676bb77775741912768bdc6fe59dca55');
INSERT INTO upgrade_fixture.tree_nodes VALUES (2, 3, 4, '\xc6a16cc88f1ff7b4380654f82699008ec5f81ad875efb0a24afc8cf53b7ebe37');


--
-- Data for Name: trees; Type: TABLE DATA; Schema: upgrade_fixture; Owner: -
--

INSERT INTO upgrade_fixture.trees VALUES (1, 200, '\x2b5eed22b905f3041c6ea2497016a6bbc592c5a0f9302fe2a06934c1d44d78d4');
INSERT INTO upgrade_fixture.trees VALUES (2, 40, '\x928ce9b1d0802088294288bfe483e228c0660a4c910ab0e1096c0738b8abd9c5');


--
-- Name: organizations_ord_seq; Type: SEQUENCE SET; Schema: upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('upgrade_fixture.organizations_ord_seq', 3, true);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: api_keys api_keys_secret_hash_key; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.api_keys
    ADD CONSTRAINT api_keys_secret_hash_key UNIQUE (secret_hash);


--
-- Name: auditlog_migrations auditlog_migrations_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.auditlog_migrations
    ADD CONSTRAINT auditlog_migrations_pkey PRIMARY KEY (name);


--
-- Name: checkpoints checkpoints_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.checkpoints
    ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (org, size);


--
-- Name: counts counts_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.counts
    ADD CONSTRAINT counts_pkey PRIMARY KEY (org, span, bucket, kind, value);


--
-- Name: entries entries_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries
    ADD CONSTRAINT entries_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_default entries_default_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_default
    ADD CONSTRAINT entries_default_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_y2025m11 entries_y2025m11_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_y2025m11
    ADD CONSTRAINT entries_y2025m11_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_y2026m12 entries_y2026m12_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_y2026m12
    ADD CONSTRAINT entries_y2026m12_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_y2027m01 entries_y2027m01_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_y2027m01
    ADD CONSTRAINT entries_y2027m01_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_y2027m02 entries_y2027m02_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_y2027m02
    ADD CONSTRAINT entries_y2027m02_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entries_y2027m03 entries_y2027m03_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entries_y2027m03
    ADD CONSTRAINT entries_y2027m03_pkey PRIMARY KEY (org, ts, seq);


--
-- Name: entry_refs entry_refs_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs
    ADD CONSTRAINT entry_refs_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_default entry_refs_default_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_default
    ADD CONSTRAINT entry_refs_default_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_y2025m11 entry_refs_y2025m11_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_y2025m11
    ADD CONSTRAINT entry_refs_y2025m11_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_y2026m12 entry_refs_y2026m12_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_y2026m12
    ADD CONSTRAINT entry_refs_y2026m12_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_y2027m01 entry_refs_y2027m01_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_y2027m01
    ADD CONSTRAINT entry_refs_y2027m01_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_y2027m02 entry_refs_y2027m02_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_y2027m02
    ADD CONSTRAINT entry_refs_y2027m02_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: entry_refs_y2027m03 entry_refs_y2027m03_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.entry_refs_y2027m03
    ADD CONSTRAINT entry_refs_y2027m03_pkey PRIMARY KEY (org, ref_type, ref_id, ts, seq);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (org, key);


--
-- Name: org_heads org_heads_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.org_heads
    ADD CONSTRAINT org_heads_pkey PRIMARY KEY (org);


--
-- Name: organizations organizations_id_key; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.organizations
    ADD CONSTRAINT organizations_id_key UNIQUE (id);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (ord);


--
-- Name: search_words search_words_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.search_words
    ADD CONSTRAINT search_words_pkey PRIMARY KEY (org, word);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (name);


--
-- Name: tree_nodes tree_nodes_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.tree_nodes
    ADD CONSTRAINT tree_nodes_pkey PRIMARY KEY (org, level, idx);


--
-- Name: trees trees_pkey; Type: CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.trees
    ADD CONSTRAINT trees_pkey PRIMARY KEY (org);


--
-- Name: api_keys_by_org; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX api_keys_by_org ON upgrade_fixture.api_keys USING btree (org, created_at);


--
-- Name: entries_by_action; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_action ON ONLY upgrade_fixture.entries USING btree (org, action, ts, seq);


--
-- Name: entries_by_department; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_department ON ONLY upgrade_fixture.entries USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_by_event; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_event ON ONLY upgrade_fixture.entries USING btree (org, event, ts, seq);


--
-- Name: entries_by_id; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_id ON ONLY upgrade_fixture.entries USING btree (org, id);


--
-- Name: entries_by_resource_id; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_resource_id ON ONLY upgrade_fixture.entries USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_by_resource_type; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_resource_type ON ONLY upgrade_fixture.entries USING btree (org, resource_type, ts, seq);


--
-- Name: entries_by_seq; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_seq ON ONLY upgrade_fixture.entries USING btree (org, seq);


--
-- Name: entries_by_user; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_user ON ONLY upgrade_fixture.entries USING btree (org, user_id, ts, seq);


--
-- Name: entries_by_words; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_by_words ON ONLY upgrade_fixture.entries USING gin (words);


--
-- Name: entries_default_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_action_ts_seq_idx ON upgrade_fixture.entries_default USING btree (org, action, ts, seq);


--
-- Name: entries_default_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_department_id_ts_seq_idx ON upgrade_fixture.entries_default USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_default_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_event_ts_seq_idx ON upgrade_fixture.entries_default USING btree (org, event, ts, seq);


--
-- Name: entries_default_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_id_idx ON upgrade_fixture.entries_default USING btree (org, id);


--
-- Name: entries_default_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_default USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_default_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_default USING btree (org, resource_type, ts, seq);


--
-- Name: entries_default_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_seq_idx ON upgrade_fixture.entries_default USING btree (org, seq);


--
-- Name: entries_default_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_org_user_id_ts_seq_idx ON upgrade_fixture.entries_default USING btree (org, user_id, ts, seq);


--
-- Name: entries_default_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_default_words_idx ON upgrade_fixture.entries_default USING gin (words);


--
-- Name: entries_y2025m11_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_action_ts_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, action, ts, seq);


--
-- Name: entries_y2025m11_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_department_id_ts_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_y2025m11_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_event_ts_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, event, ts, seq);


--
-- Name: entries_y2025m11_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_id_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, id);


--
-- Name: entries_y2025m11_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_y2025m11_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, resource_type, ts, seq);


--
-- Name: entries_y2025m11_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, seq);


--
-- Name: entries_y2025m11_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_org_user_id_ts_seq_idx ON upgrade_fixture.entries_y2025m11 USING btree (org, user_id, ts, seq);


--
-- Name: entries_y2025m11_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2025m11_words_idx ON upgrade_fixture.entries_y2025m11 USING gin (words);


--
-- Name: entries_y2026m12_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_action_ts_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, action, ts, seq);


--
-- Name: entries_y2026m12_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_department_id_ts_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_y2026m12_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_event_ts_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, event, ts, seq);


--
-- Name: entries_y2026m12_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_id_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, id);


--
-- Name: entries_y2026m12_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_y2026m12_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, resource_type, ts, seq);


--
-- Name: entries_y2026m12_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, seq);


--
-- Name: entries_y2026m12_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_org_user_id_ts_seq_idx ON upgrade_fixture.entries_y2026m12 USING btree (org, user_id, ts, seq);


--
-- Name: entries_y2026m12_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2026m12_words_idx ON upgrade_fixture.entries_y2026m12 USING gin (words);


--
-- Name: entries_y2027m01_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_action_ts_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, action, ts, seq);


--
-- Name: entries_y2027m01_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_department_id_ts_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_y2027m01_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_event_ts_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, event, ts, seq);


--
-- Name: entries_y2027m01_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_id_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, id);


--
-- Name: entries_y2027m01_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_y2027m01_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, resource_type, ts, seq);


--
-- Name: entries_y2027m01_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, seq);


--
-- Name: entries_y2027m01_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_org_user_id_ts_seq_idx ON upgrade_fixture.entries_y2027m01 USING btree (org, user_id, ts, seq);


--
-- Name: entries_y2027m01_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m01_words_idx ON upgrade_fixture.entries_y2027m01 USING gin (words);


--
-- Name: entries_y2027m02_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_action_ts_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, action, ts, seq);


--
-- Name: entries_y2027m02_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_department_id_ts_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_y2027m02_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_event_ts_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, event, ts, seq);


--
-- Name: entries_y2027m02_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_id_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, id);


--
-- Name: entries_y2027m02_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_y2027m02_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, resource_type, ts, seq);


--
-- Name: entries_y2027m02_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, seq);


--
-- Name: entries_y2027m02_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_org_user_id_ts_seq_idx ON upgrade_fixture.entries_y2027m02 USING btree (org, user_id, ts, seq);


--
-- Name: entries_y2027m02_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m02_words_idx ON upgrade_fixture.entries_y2027m02 USING gin (words);


--
-- Name: entries_y2027m03_org_action_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_action_ts_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, action, ts, seq);


--
-- Name: entries_y2027m03_org_department_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_department_id_ts_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, department_id, ts, seq) WHERE (department_id IS NOT NULL);


--
-- Name: entries_y2027m03_org_event_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_event_ts_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, event, ts, seq);


--
-- Name: entries_y2027m03_org_id_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_id_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, id);


--
-- Name: entries_y2027m03_org_resource_id_ts_seq_resource_type_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_resource_id_ts_seq_resource_type_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, resource_id, ts, seq, resource_type);


--
-- Name: entries_y2027m03_org_resource_type_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_resource_type_ts_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, resource_type, ts, seq);


--
-- Name: entries_y2027m03_org_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, seq);


--
-- Name: entries_y2027m03_org_user_id_ts_seq_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_org_user_id_ts_seq_idx ON upgrade_fixture.entries_y2027m03 USING btree (org, user_id, ts, seq);


--
-- Name: entries_y2027m03_words_idx; Type: INDEX; Schema: upgrade_fixture; Owner: -
--

CREATE INDEX entries_y2027m03_words_idx ON upgrade_fixture.entries_y2027m03 USING gin (words);


--
-- Name: entries_default_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_default_org_action_ts_seq_idx;


--
-- Name: entries_default_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_default_org_department_id_ts_seq_idx;


--
-- Name: entries_default_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_default_org_event_ts_seq_idx;


--
-- Name: entries_default_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_default_org_id_idx;


--
-- Name: entries_default_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_default_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_default_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_default_org_resource_type_ts_seq_idx;


--
-- Name: entries_default_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_default_org_seq_idx;


--
-- Name: entries_default_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_default_org_user_id_ts_seq_idx;


--
-- Name: entries_default_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_default_pkey;


--
-- Name: entries_default_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_default_words_idx;


--
-- Name: entries_y2025m11_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_action_ts_seq_idx;


--
-- Name: entries_y2025m11_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_department_id_ts_seq_idx;


--
-- Name: entries_y2025m11_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_event_ts_seq_idx;


--
-- Name: entries_y2025m11_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_id_idx;


--
-- Name: entries_y2025m11_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_y2025m11_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_resource_type_ts_seq_idx;


--
-- Name: entries_y2025m11_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_seq_idx;


--
-- Name: entries_y2025m11_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_y2025m11_org_user_id_ts_seq_idx;


--
-- Name: entries_y2025m11_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_y2025m11_pkey;


--
-- Name: entries_y2025m11_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_y2025m11_words_idx;


--
-- Name: entries_y2026m12_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_action_ts_seq_idx;


--
-- Name: entries_y2026m12_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_department_id_ts_seq_idx;


--
-- Name: entries_y2026m12_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_event_ts_seq_idx;


--
-- Name: entries_y2026m12_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_id_idx;


--
-- Name: entries_y2026m12_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_y2026m12_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_resource_type_ts_seq_idx;


--
-- Name: entries_y2026m12_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_seq_idx;


--
-- Name: entries_y2026m12_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_y2026m12_org_user_id_ts_seq_idx;


--
-- Name: entries_y2026m12_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_y2026m12_pkey;


--
-- Name: entries_y2026m12_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_y2026m12_words_idx;


--
-- Name: entries_y2027m01_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_action_ts_seq_idx;


--
-- Name: entries_y2027m01_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_department_id_ts_seq_idx;


--
-- Name: entries_y2027m01_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_event_ts_seq_idx;


--
-- Name: entries_y2027m01_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_id_idx;


--
-- Name: entries_y2027m01_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_y2027m01_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_resource_type_ts_seq_idx;


--
-- Name: entries_y2027m01_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_seq_idx;


--
-- Name: entries_y2027m01_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_y2027m01_org_user_id_ts_seq_idx;


--
-- Name: entries_y2027m01_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_y2027m01_pkey;


--
-- Name: entries_y2027m01_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_y2027m01_words_idx;


--
-- Name: entries_y2027m02_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_action_ts_seq_idx;


--
-- Name: entries_y2027m02_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_department_id_ts_seq_idx;


--
-- Name: entries_y2027m02_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_event_ts_seq_idx;


--
-- Name: entries_y2027m02_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_id_idx;


--
-- Name: entries_y2027m02_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_y2027m02_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_resource_type_ts_seq_idx;


--
-- Name: entries_y2027m02_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_seq_idx;


--
-- Name: entries_y2027m02_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_y2027m02_org_user_id_ts_seq_idx;


--
-- Name: entries_y2027m02_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_y2027m02_pkey;


--
-- Name: entries_y2027m02_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_y2027m02_words_idx;


--
-- Name: entries_y2027m03_org_action_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_action ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_action_ts_seq_idx;


--
-- Name: entries_y2027m03_org_department_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_department ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_department_id_ts_seq_idx;


--
-- Name: entries_y2027m03_org_event_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_event ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_event_ts_seq_idx;


--
-- Name: entries_y2027m03_org_id_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_id ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_id_idx;


--
-- Name: entries_y2027m03_org_resource_id_ts_seq_resource_type_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_id ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_resource_id_ts_seq_resource_type_idx;


--
-- Name: entries_y2027m03_org_resource_type_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_resource_type ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_resource_type_ts_seq_idx;


--
-- Name: entries_y2027m03_org_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_seq ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_seq_idx;


--
-- Name: entries_y2027m03_org_user_id_ts_seq_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_user ATTACH PARTITION upgrade_fixture.entries_y2027m03_org_user_id_ts_seq_idx;


--
-- Name: entries_y2027m03_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_pkey ATTACH PARTITION upgrade_fixture.entries_y2027m03_pkey;


--
-- Name: entries_y2027m03_words_idx; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entries_by_words ATTACH PARTITION upgrade_fixture.entries_y2027m03_words_idx;


--
-- Name: entry_refs_default_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_default_pkey;


--
-- Name: entry_refs_y2025m11_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_y2025m11_pkey;


--
-- Name: entry_refs_y2026m12_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_y2026m12_pkey;


--
-- Name: entry_refs_y2027m01_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_y2027m01_pkey;


--
-- Name: entry_refs_y2027m02_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_y2027m02_pkey;


--
-- Name: entry_refs_y2027m03_pkey; Type: INDEX ATTACH; Schema: upgrade_fixture; Owner: -
--

ALTER INDEX upgrade_fixture.entry_refs_pkey ATTACH PARTITION upgrade_fixture.entry_refs_y2027m03_pkey;


--
-- Name: api_keys api_keys_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.api_keys
    ADD CONSTRAINT api_keys_org_fkey FOREIGN KEY (org) REFERENCES upgrade_fixture.organizations(ord);


--
-- Name: org_heads org_heads_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_fixture; Owner: -
--

ALTER TABLE ONLY upgrade_fixture.org_heads
    ADD CONSTRAINT org_heads_org_fkey FOREIGN KEY (org) REFERENCES upgrade_fixture.organizations(ord);


--
-- PostgreSQL database dump complete
--


