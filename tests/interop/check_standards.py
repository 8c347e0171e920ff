"""Check the exports of structured_news::interop against the standards' own
files in tests/standards (step e of run.sh). Nothing is fetched over the
network.

  python check_standards.py STANDARDS_DIR FIXTURES_DIR OUT_DIR

OUT_DIR holds, for each valid fixture NAME.json, the exports written by
`cargo run --example convert`: NAME.ninjs.json (--to ninjs),
NAME.embed.ninjs.json (--to ninjs --embed), NAME.jsonld (--to jsonld) and
NAME.plover.ndjson (--to plover).

1. ninjs: IPTC's ninjs 3.1 JSON Schema (Draft 2020-12, the GeoJSON schema it
   references served locally, formats checked) agrees with IPTC's 3.1 test
   suite, and accepts every export.
2. schema.org JSON-LD, each export:
   - expands offline with pyld (a document loader that serves the local
     release 30.0 context for the schema.org context URLs and refuses any
     other URL);
   - every thing the fixture reports is a node of the intended type (the
     article a NewsArticle, a meeting an Event, a quote a Quotation, a
     commitment a PlanAction, ...);
   - every type and property is defined in the vocabulary (release 30.0),
     every property is one of the node's type (its domainIncludes, up the
     class hierarchy), every enumeration value a member of its enumeration;
   - every date has the lexical form of a date or an RFC 3339 date-time;
   - pyshacl finds no violation of schema.org's SHACL shapes, with one
     false alarm removed and named: the shapes of the DataTypes (Text,
     Date, URL, ...) say sh:nodeKind sh:BlankNodeOrIRI, so every literal
     is reported ("Value is not of Node Kind sh:BlankNodeOrIRI"). With that
     triple dropped from the DataType shapes there must be no result at
     all; on one export the upstream shapes are run too, and must raise
     that false alarm (the only difference between the two).
3. PLOVER: every record of every NDJSON export is valid against
   tests/standards/plover-record.schema.json (written from FIELDS.md).

Exit status 0 when every check holds, 1 otherwise (each failure named).
"""

import json
import re
import sys
import warnings
from pathlib import Path

import pyshacl
from jsonschema import Draft202012Validator
from pyld import jsonld
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

STD, FIXTURES, OUT = (Path(a) for a in sys.argv[1:4])
# pyshacl warns each time it backs out of a shape recursion (the data
# graphs have cycles: superEvent and subEvent); the result is unaffected.
warnings.filterwarnings("ignore", category=pyshacl.errors.ShapeRecursionWarning)
SCHEMA = "http://schema.org/"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message)


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


fixtures = sorted(FIXTURES.glob("*.json"))
assert fixtures, f"no fixtures in {FIXTURES}"

# 1. ninjs -----------------------------------------------------------------
NINJS = STD / "ninjs"
registry = Registry().with_resource(
    "https://geojson.org/schema/GeoJSON.json",
    Resource.from_contents(load(NINJS / "validation/test_suite/GeoJSON-schema.json"),
                           default_specification=DRAFT202012),
)
schema = load(NINJS / "specification/ninjs-schema_3.1.json")
Draft202012Validator.check_schema(schema)
ninjs = Draft202012Validator(schema, registry=registry,
                             format_checker=Draft202012Validator.FORMAT_CHECKER)
assert not ninjs.is_valid({"uri": "not a uri"}), "format checking is off"
for expect in ("should_pass", "should_fail"):
    for f in sorted((NINJS / "validation/test_suite/3.1" / expect).glob("*.json")):
        if ninjs.is_valid(load(f)) != (expect == "should_pass"):
            fail(f"ninjs validator disagrees with IPTC on 3.1/{expect}/{f.name}")
count = 0
for fx in fixtures:
    for suffix in (".ninjs.json", ".embed.ninjs.json"):
        out = OUT / (fx.stem + suffix)
        errors = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
                  for e in ninjs.iter_errors(load(out))]
        for e in errors:
            fail(f"ninjs {out.name}: {e}")
        count += 1
print(f"ninjs 3.1: {count} exports of {len(fixtures)} fixtures valid (formats on, GeoJSON local)")

# 2. schema.org --------------------------------------------------------------
SDO = STD / "schema.org"
CONTEXT = load(SDO / "schemaorgcontext.jsonld")
CONTEXT_URLS = {"https://schema.org", "http://schema.org",
                "https://schema.org/docs/jsonldcontext.json",
                "http://schema.org/docs/jsonldcontext.json"}


def offline_loader(url, options=None):
    if url.rstrip("/") in CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError("offline: refusing to load " + url,
                             "jsonld.LoadDocumentError", {"url": url},
                             code="loading document failed")


jsonld.set_document_loader(offline_loader)

# The vocabulary: its IRIs are https, the expanded ones http.
vocab = {n["@id"]: n for n in load(SDO / "schemaorg-current-https.jsonld")["@graph"]}


def ids(value):
    """The IRIs of a vocabulary value: {"@id": ...}, a string, or a list."""
    if value is None:
        return []
    return [v["@id"] if isinstance(v, dict) else v
            for v in (value if isinstance(value, list) else [value])]


def term(iri):
    """schema:X for http://schema.org/X."""
    return "schema:" + iri[len(SCHEMA):] if iri.startswith(SCHEMA) else None


def superclasses(t):
    seen, todo = set(), [t]
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        todo.extend(ids(vocab.get(c, {}).get("rdfs:subClassOf")))
    return seen


ROLE_CLASSES = {c for c in vocab if "schema:Role" in superclasses(c)}
ENUM_PROPERTIES = {"schema:eventStatus": "schema:EventStatusType",
                   "schema:actionStatus": "schema:ActionStatusType",
                   "schema:eventAttendanceMode": "schema:EventAttendanceModeEnumeration"}
DATE_PROPERTIES = {"datePublished", "startDate", "endDate", "dateCreated",
                   "scheduledTime", "previousStartDate"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
DATETIME = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$")

ORG_TYPES = {"government": "GovernmentOrganization", "ministry": "GovernmentOrganization",
             "agency": "GovernmentOrganization", "head_of_state_office": "GovernmentOrganization",
             "legislature": "GovernmentOrganization", "judiciary": "GovernmentOrganization",
             "military": "GovernmentOrganization", "diplomatic_mission": "GovernmentOrganization",
             "political_party": "PoliticalParty", "media": "NewsMediaOrganization",
             "company": "Corporation", "educational_institution": "EducationalOrganization",
             "non_governmental_organization": "NGO"}
PLACE_TYPES = {"country": "Country", "city": "City", "region": "AdministrativeArea",
               "district": "AdministrativeArea", "body_of_water": "BodyOfWater"}


def intended_types(article, base):
    """IRI -> schema.org type of each thing the article reports."""
    e = article.get("entities", {})
    want = {base: "NewsArticle"}
    for p in e.get("people", []):
        want[f"{base}#{p['id']}"] = "Person"
    for o in e.get("organizations", []):
        want[f"{base}#{o['id']}"] = ORG_TYPES.get(o["kind"], "Organization")
    for p in e.get("places", []):
        want[f"{base}#{p['id']}"] = PLACE_TYPES.get(p["kind"], "Place")
    for g in e.get("groups", []):
        want[f"{base}#{g['id']}"] = "Organization"
    for d in article.get("documents", []):
        want[f"{base}#{d['id']}"] = "CreativeWork"
    for m in article.get("meetings", []) + article.get("events", []):
        want[f"{base}#{m['id']}"] = "Event"
    for s in article.get("statements", []):
        want[f"{base}#{s['id']}"] = "Claim" if s["mode"] == "paraphrase" else "Quotation"
    for c in article.get("commitments", []):
        want[f"{base}#{c['id']}"] = "PlanAction"
    return want


shapes = Graph().parse(SDO / "schemaorg-shapes.shacl", format="turtle")
subclasses = Graph().parse(SDO / "schemaorg-subclasses.shacl", format="turtle")
V = Namespace("http://schema.org/validation#")
DATATYPE_SHAPES = ["DataType", "Text", "URL", "CssSelectorType", "XPathType",
                   "PronounceableText", "Boolean", "Date", "DateTime", "Time",
                   "Number", "Integer", "Float"]
patched = Graph()
for t in shapes:
    patched.add(t)
for name in DATATYPE_SHAPES:
    patched.remove((V["ValidSchema" + name], SH.nodeKind, None))


def shacl(data, shapes_graph):
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph,
                                           ont_graph=subclasses, inference="none",
                                           max_validation_depth=64)
    return conforms, report


def false_alarm(report, result):
    """A literal value that fails a DataType shape's sh:nodeKind: the false
    alarm the upstream shapes raise for every correct text or date."""
    value = report.value(result, SH.value)
    component = report.value(result, SH.sourceConstraintComponent)
    return isinstance(value, Literal) and component in (SH.NodeKindConstraintComponent,
                                                        SH.NodeConstraintComponent,
                                                        SH.OrConstraintComponent)


# The upstream shapes are run on one export (they take long on linked
# graphs): they must fail, and the patched shapes, which differ from them
# only by the node-kind triples of the DataType shapes, must not; so every
# upstream result comes from that false alarm.
UPSTREAM_RUN = "december_2023_meeting"

# The patched shapes still catch a string where a node belongs, and an
# enumeration value written as a string.
for bad in ({"author": "A. Reporter"},
            {"about": {"@type": "Event", "eventStatus": "https://schema.org/EventScheduled"}}):
    probe = {"@context": "https://schema.org", "@type": "NewsArticle",
             "@id": "urn:probe:1", "headline": "Probe"} | bad
    g = Graph().parse(data=jsonld.to_rdf(jsonld.expand(probe), {"format": "application/n-quads"}),
                      format="nt")
    if shacl(g, patched)[0]:
        fail(f"the patched shapes accept {bad}")

checked_nodes = 0
for fx in fixtures:
    article = load(fx)
    out = OUT / (fx.stem + ".jsonld")
    doc = load(out)
    name = out.name
    try:
        expanded = jsonld.expand(doc)
        flat = jsonld.flatten(expanded)
    except jsonld.JsonLdError as e:
        fail(f"{name}: JSON-LD expansion failed: {e}")
        continue
    nodes = {n["@id"]: n for n in flat if "@id" in n}
    base = doc["@id"]
    for iri, t in intended_types(article, base).items():
        got = nodes.get(iri, {}).get("@type", [])
        if got != [SCHEMA + t]:
            fail(f"{name}: {iri} should be a {t}, is {got}")
        checked_nodes += 1
    for n in flat:
        types = [term(t) for t in n.get("@type", [])]
        for t in types:
            if t not in vocab or "rdfs:Class" not in ids(vocab[t].get("@type")):
                fail(f"{name}: type {t} is not a class of the vocabulary")
        classes = set().union(*(superclasses(t) for t in types)) if types else set()
        for key, values in n.items():
            if key.startswith("@"):
                continue
            p = term(key)
            if p is None or "rdf:Property" not in ids(vocab.get(p, {}).get("@type")):
                fail(f"{name}: {key} is not a property of the vocabulary")
                continue
            domain = set(ids(vocab[p].get("schema:domainIncludes")))
            role_carrier = classes & ROLE_CLASSES  # a Role node repeats the property it stands in
            if not domain & classes and not role_carrier:
                fail(f"{name}: {n['@id']} ({types}) has {p}, whose domain is {sorted(domain)}")
            for v in values:
                if p in ENUM_PROPERTIES:
                    member = term(v.get("@id", "")) if isinstance(v, dict) else None
                    if member not in vocab or ENUM_PROPERTIES[p] not in ids(vocab[member].get("@type")):
                        fail(f"{name}: {p} = {v} is not a {ENUM_PROPERTIES[p]}")
                if key[len(SCHEMA):] in DATE_PROPERTIES:
                    text = v.get("@value") if isinstance(v, dict) else None
                    if not (isinstance(text, str) and (DATE.match(text) or DATETIME.match(text))):
                        fail(f"{name}: {p} = {v} is not a date or an RFC 3339 date-time")
    nquads = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
    data = Graph().parse(data=nquads, format="nt")
    conforms, report = shacl(data, patched)
    if not conforms:
        for r in report.subjects(SH.resultSeverity, None):
            if report.value(r, SH.focusNode) is not None and (None, SH.detail, r) not in report:
                fail(f"{name}: SHACL {report.value(r, SH.resultPath)} = "
                     f"{str(report.value(r, SH.value))[:60]}: {report.value(r, SH.resultMessage)}")
    note = ""
    if fx.stem == UPSTREAM_RUN:
        upstream_ok, upstream = shacl(data, shapes)
        top = [r for r in upstream.subjects(RDF.type, SH.ValidationResult)
               if (None, SH.detail, r) not in upstream]
        alarms = [r for r in top if false_alarm(upstream, r)]
        if upstream_ok or not alarms:
            fail(f"{name}: the upstream shapes should raise the DataType node-kind false alarm")
        note = (f"; upstream shapes: {len(top)} results, {len(alarms)} of them a literal "
                "refused by a DataType shape's sh:nodeKind, all gone with that triple dropped")
    print(f"ok   {name}: {len(flat)} nodes, types, vocabulary, domains and dates checked; "
          f"SHACL conforms{note}")
print(f"schema.org: {checked_nodes} reported things have their intended types")

# 3. PLOVER -------------------------------------------------------------------
plover = Draft202012Validator(load(STD / "plover-record.schema.json"),
                              format_checker=Draft202012Validator.FORMAT_CHECKER)
records = 0
for fx in fixtures:
    out = OUT / (fx.stem + ".plover.ndjson")
    for i, line in enumerate(out.read_text(encoding="utf-8").splitlines(), 1):
        for e in plover.iter_errors(json.loads(line)):
            fail(f"{out.name}:{i}: {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}")
        records += 1
print(f"PLOVER: {records} records valid against plover-record.schema.json")

if failures:
    print(f"\n{len(failures)} failure(s)")
    sys.exit(1)
print("standards: all checks passed")
