-- The ledger's questions as SQL views over the tables of
-- `structured-news tables --out DIR FILE...` (docs/tables.md).
--
-- Load the tables under their names (`articles`, `commitments`, ...), then
-- run this file (sql/engines.py does both): it makes temporary tables
-- named `ledger_*`, each defined by a query, which give what
-- `structured-news track --output json` reports, row for row
-- (python/tests/test_sql_views.py checks that on the tracking example,
-- every ledger fixture and a generated corpus):
--
--   ledger_parties            every party a commitment or meeting names,
--                             by key (`wikidata:Q159`, `country:RU`, a
--                             `same_as` URI, else `ARTICLE#ID`)
--   ledger_commitments        one row a commitment (its records joined
--                             across articles): current status, due date,
--                             when it was made, timeliness, late_by_days
--   ledger_commitment_parties its bound parties and counterparties
--   ledger_commitment_steps   its dated history, oldest first
--   ledger_commitment_amounts what was pledged and delivered, per currency
--   ledger_commitment_deadlines  when it fell due and when an outcome was
--                             known / had happened: what is overdue on a day
--   ledger_commitment_mentions every record of it (`ARTICLE#ID`)
--   ledger_meetings, ledger_meeting_steps, ledger_meeting_mentions
--                             what became of each meeting, and its history
--   ledger_commitment_step_evidence, ledger_meeting_step_evidence
--                             the words each step stands on (excerpts)
--   ledger_meeting_participants who takes or took part, by the latest report
--   ledger_conflicts          dates on which two articles report different
--                             outcomes for one commitment or meeting
--   ledger_problems           the ledger's problems (article, path, code,
--                             severity), as `track` reports them
--   ledger_meeting_planned_dates, ledger_meeting_moves
--                             the dates it was planned for, and each time
--                             a later report put it on other days
--
-- Overdue on a day D, as known on D (`track --overdue D`):
--   SELECT id FROM ledger_commitment_deadlines
--   WHERE due_by < D AND (outcome_known_on IS NULL OR outcome_known_on > D)
-- and in hindsight (`track --overdue D --hindsight`): the same with
-- `outcome_happened_on`.
--
-- The rules are the ledger's (src/ledger.rs):
-- - records of one commitment or meeting are joined through an update's
--   `target` and `same_as`, and through a shared identifier (a Wikidata
--   item or a `same_as` URI), transitively: the connected components of
--   `ledger_edges` (`ledger_components`);
-- - parties are joined by their Wikidata item, a country's code, then a
--   `same_as` URI (components of the identifiers that one party record
--   carries together); a party without any is `ARTICLE#ID`;
-- - steps sort on their date's first day; an undated step on the first
--   day of the next dated step of its article's history, else on its
--   article's publication; then by the article's publication and id, each
--   article's steps in their order.
-- Where the views differ from the ledger (README, "The ledger's questions
-- in SQL"):
-- records that share a country code or URI while carrying different
-- Wikidata items (the ledger keeps them apart, in the order it read them;
-- here a record with an item keeps it, the others of the component take
-- the least). Two articles under one id need nothing here: the tables,
-- like the ledger, hold the first one read.
--
-- They are tables, not views: DuckDB binds nested views anew at each use
-- (13 s to define these as views and 20 to 40 s a query on 15 articles).
--
-- One definition for DuckDB and Spark SQL. Two constructs differ and are
-- adapted by sql/engines.py (`spark_views`) when it runs this file on
-- Spark, where each table is a checkpointed temporary view:
-- - `ledger_components` is a recursive query (marked `-- recursive`); on
--   Spark it is computed by iterating to a fixed point over `ledger_edges`
--   (the least label of each node's neighbours, until nothing changes);
-- - `datediff('day', A, B)` is written `datediff(DAY, A, B)` on Spark.

-- Every article, with the day it was reported on (its publication; a
-- timestamp as its day) and the day it sorts on.
CREATE OR REPLACE TEMP TABLE ledger_articles AS
SELECT
  article_id,
  url,
  published_last_day AS sort_day,
  CASE WHEN published_precision = 'timestamp'
       THEN CAST(published_last_day AS STRING) ELSE published END AS reported_on,
  published_first_day AS reported_first_day,
  published_last_day AS reported_last_day
FROM articles;

-- Every party record: a local entity an article names as a bound party,
-- a counterparty or a participant (of a meeting, or in an update).
CREATE OR REPLACE TEMP TABLE ledger_party_records AS
SELECT
  u.article_id,
  u.entity_id,
  COALESCE(e.name, e.description, u.entity_id) AS name,
  w.value AS wikidata,
  CASE WHEN e.entity_type = 'place' AND e.kind = 'country' THEN e.country END AS country
FROM (
  SELECT article_id, party_id AS entity_id FROM commitment_parties
  WHERE role IN ('bound', 'counterparty')
  UNION
  SELECT article_id, entity_id FROM meeting_participants
  UNION
  SELECT article_id, entity_id FROM update_participants
) u
LEFT JOIN entities e ON e.article_id = u.article_id AND e.id = u.entity_id
LEFT JOIN identifiers w
  ON w.article_id = u.article_id AND w.part_id = u.entity_id AND w.scheme = 'wikidata';

-- The identifiers of each party record, strongest first (rank).
CREATE OR REPLACE TEMP TABLE ledger_party_identifiers AS
SELECT article_id, entity_id, 'wikidata:' || wikidata AS node, 0 AS rank
FROM ledger_party_records WHERE wikidata IS NOT NULL
UNION ALL
SELECT article_id, entity_id, 'country:' || country AS node, 1 AS rank
FROM ledger_party_records WHERE country IS NOT NULL
UNION ALL
SELECT r.article_id, r.entity_id, i.value AS node, 2 AS rank
FROM ledger_party_records r
JOIN identifiers i
  ON i.article_id = r.article_id AND i.part_id = r.entity_id AND i.scheme = 'same_as';

-- Each party record's first identifier, which stands for it in the graph.
CREATE OR REPLACE TEMP TABLE ledger_party_anchors AS
SELECT article_id, entity_id, node
FROM (
  SELECT article_id, entity_id, node,
         row_number() OVER (PARTITION BY article_id, entity_id ORDER BY rank, node) AS n
  FROM ledger_party_identifiers
) x
WHERE n = 1;

-- Every update against what it names: the record it targets (by the
-- article's id, else its url), whether that is a commitment or a meeting,
-- and whether the update fits it (says what may be said of it, and its
-- `same_as` names a record of the same kind).
CREATE OR REPLACE TEMP TABLE ledger_update_targets AS
WITH target_article AS (
  SELECT u.article_id, u.position,
         COALESCE(byid.article_id, byurl.article_id) AS target_article
  FROM updates u
  LEFT JOIN ledger_articles byid ON byid.article_id = u.target_article_id
  LEFT JOIN (SELECT url, min(article_id) AS article_id FROM ledger_articles
             WHERE url IS NOT NULL GROUP BY url) byurl
    ON byurl.url = u.target_url
),
said AS (
  SELECT u.article_id, u.position, u.path, u.target_id, u.same_as_id,
         u.commitment_status, u.meeting_status, t.target_article,
         CASE WHEN tc.id IS NOT NULL THEN 'commitment'
              WHEN tm.id IS NOT NULL THEN 'meeting' END AS target_kind,
         CASE WHEN u.same_as_id IS NULL THEN NULL
              WHEN sc.id IS NOT NULL THEN 'commitment'
              WHEN sm.id IS NOT NULL THEN 'meeting'
              ELSE 'other' END AS same_as_kind,
         CASE WHEN u.commitment_status IS NOT NULL THEN 'commitment'
              WHEN u.meeting_status IS NOT NULL OR p.article_id IS NOT NULL THEN 'meeting'
              WHEN sc.id IS NOT NULL THEN 'commitment'
              WHEN sm.id IS NOT NULL THEN 'meeting' END AS said_kind
  FROM updates u
  JOIN target_article t ON t.article_id = u.article_id AND t.position = u.position
  LEFT JOIN commitments tc ON tc.article_id = t.target_article AND tc.id = u.target_id
  LEFT JOIN meetings tm ON tm.article_id = t.target_article AND tm.id = u.target_id
  LEFT JOIN commitments sc ON sc.article_id = u.article_id AND sc.id = u.same_as_id
  LEFT JOIN meetings sm ON sm.article_id = u.article_id AND sm.id = u.same_as_id
  LEFT JOIN (SELECT DISTINCT article_id, update_position FROM update_participants) p
    ON p.article_id = u.article_id AND p.update_position = u.position
)
SELECT
  article_id, position, path, target_article, target_id, same_as_id, target_kind,
  said_kind, same_as_kind, commitment_status, meeting_status,
  target_kind IS NOT NULL
    AND (said_kind IS NULL OR said_kind = target_kind)
    AND (same_as_kind IS NULL OR same_as_kind = target_kind) AS fits
FROM said;

-- The graph whose connected components are the parties, commitments and
-- meetings: nodes and the edges between them, by kind.
CREATE OR REPLACE TEMP TABLE ledger_nodes AS
SELECT DISTINCT 'party' AS kind, node FROM ledger_party_identifiers
UNION ALL
SELECT 'commitment' AS kind, 'r:' || article_id || '#' || id AS node FROM commitments
UNION ALL
SELECT 'meeting' AS kind, 'r:' || article_id || '#' || id AS node FROM meetings;

CREATE OR REPLACE TEMP TABLE ledger_edges AS
SELECT 'party' AS kind, a.node AS a, i.node AS b
FROM ledger_party_anchors a
JOIN ledger_party_identifiers i
  ON i.article_id = a.article_id AND i.entity_id = a.entity_id AND i.node <> a.node
UNION ALL
SELECT k.kind, 'r:' || k.article_id || '#' || k.id AS a,
       'i:' || i.scheme || ':' || i.value AS b
FROM (SELECT 'commitment' AS kind, article_id, id FROM commitments
      UNION ALL SELECT 'meeting' AS kind, article_id, id FROM meetings) k
JOIN identifiers i ON i.article_id = k.article_id AND i.part_id = k.id
UNION ALL
SELECT target_kind AS kind, 'r:' || target_article || '#' || target_id AS a,
       'r:' || article_id || '#' || same_as_id AS b
FROM ledger_update_targets
WHERE fits AND same_as_id IS NOT NULL;

-- recursive
-- Each node's component, named by its least node.
CREATE OR REPLACE TEMP TABLE ledger_components AS
WITH RECURSIVE
links AS (
  SELECT kind, a, b FROM ledger_edges
  UNION
  SELECT kind, b AS a, a AS b FROM ledger_edges
),
reach (kind, node, label) AS (
  SELECT kind, node, node AS label FROM ledger_nodes
  UNION
  SELECT l.kind, l.b AS node, r.label
  FROM reach r JOIN links l ON l.kind = r.kind AND l.a = r.node
)
SELECT kind, node, min(label) AS component FROM reach GROUP BY kind, node;

-- Every party record with its key. A component's key is its Wikidata
-- item, else its country code, else its least URI; a record with no
-- identifier is `ARTICLE#ID`.
CREATE OR REPLACE TEMP TABLE ledger_party_keys AS
WITH component_keys AS (
  SELECT c.component,
         min(CASE WHEN c.node LIKE 'wikidata:%' THEN c.node END) AS wikidata_node,
         min(CASE WHEN c.node LIKE 'country:%' THEN c.node END) AS country_node,
         min(CASE WHEN c.node NOT LIKE 'wikidata:%' AND c.node NOT LIKE 'country:%'
                  THEN c.node END) AS uri
  FROM ledger_components c WHERE c.kind = 'party'
  GROUP BY c.component
)
SELECT
  r.article_id, r.entity_id, r.name,
  CASE
    WHEN r.wikidata IS NOT NULL THEN 'wikidata:' || r.wikidata
    WHEN k.component IS NULL THEN r.article_id || '#' || r.entity_id
    ELSE COALESCE(k.wikidata_node, k.country_node, k.uri)
  END AS key,
  COALESCE(r.wikidata, substr(k.wikidata_node, 10)) AS wikidata,
  COALESCE(r.country, substr(k.country_node, 9)) AS country
FROM ledger_party_records r
LEFT JOIN ledger_party_anchors a ON a.article_id = r.article_id AND a.entity_id = r.entity_id
LEFT JOIN ledger_components c ON c.kind = 'party' AND c.node = a.node
LEFT JOIN component_keys k ON k.component = c.component;

-- Every commitment record with its component and its place among the
-- records of it (record_no 1: the first, by publication, article, order).
CREATE OR REPLACE TEMP TABLE ledger_commitment_records AS
SELECT
  c.*,
  c.article_id || '#' || c.id AS record_key,
  CAST(split_part(c.path, '/', 3) AS INT) AS record_position,
  k.component,
  a.sort_day, a.reported_on, a.reported_first_day, a.reported_last_day,
  row_number() OVER (
    PARTITION BY k.component
    ORDER BY a.sort_day NULLS FIRST, c.article_id, CAST(split_part(c.path, '/', 3) AS INT)
  ) AS record_no
FROM commitments c
JOIN ledger_articles a ON a.article_id = c.article_id
JOIN ledger_components k ON k.kind = 'commitment' AND k.node = 'r:' || c.article_id || '#' || c.id;

-- Every step of every commitment, from its records' histories and from
-- the updates that fit it, with the day it sorts on.
CREATE OR REPLACE TEMP TABLE ledger_commitment_step_reports AS
WITH next_dated AS (
  SELECT s.article_id, s.commitment_id, s.position, min(n.position) AS next_position
  FROM commitment_status_steps s
  JOIN commitment_status_steps n
    ON n.article_id = s.article_id AND n.commitment_id = s.commitment_id
   AND n.position > s.position AND n.as_of IS NOT NULL
  WHERE s.as_of IS NULL
  GROUP BY s.article_id, s.commitment_id, s.position
)
SELECT
  r.component, s.article_id, s.path, s.status, s.as_of,
  s.as_of_first_day, s.as_of_last_day, s.statement_id,
  0 AS source, r.record_position AS source_position, s.position AS step_position,
  COALESCE(s.as_of_first_day, n.as_of_first_day, r.sort_day) AS sorts_on
FROM commitment_status_steps s
JOIN ledger_commitment_records r ON r.article_id = s.article_id AND r.id = s.commitment_id
LEFT JOIN next_dated d
  ON d.article_id = s.article_id AND d.commitment_id = s.commitment_id AND d.position = s.position
LEFT JOIN commitment_status_steps n
  ON n.article_id = d.article_id AND n.commitment_id = d.commitment_id AND n.position = d.next_position
UNION ALL
SELECT
  r.component, u.article_id, u.path || '/commitment_status' AS path,
  u.commitment_status AS status, u.commitment_status_as_of AS as_of,
  u.commitment_status_as_of_first_day AS as_of_first_day,
  u.commitment_status_as_of_last_day AS as_of_last_day,
  u.commitment_status_statement_id AS statement_id,
  1 AS source, u.position AS source_position, 0 AS step_position,
  COALESCE(u.commitment_status_as_of_first_day, a.sort_day) AS sorts_on
FROM ledger_update_targets t
JOIN updates u ON u.article_id = t.article_id AND u.position = t.position
JOIN ledger_commitment_records r ON r.article_id = t.target_article AND r.id = t.target_id
JOIN ledger_articles a ON a.article_id = u.article_id
WHERE t.fits AND t.target_kind = 'commitment' AND u.commitment_status IS NOT NULL;

-- Every commitment's history, oldest first (step_no from 1).
CREATE OR REPLACE TEMP TABLE ledger_commitment_steps_by_component AS
SELECT
  s.*, a.reported_on, a.reported_first_day, a.reported_last_day,
  row_number() OVER (
    PARTITION BY s.component
    ORDER BY s.sorts_on NULLS FIRST, a.sort_day NULLS FIRST, s.article_id,
             s.source, s.source_position, s.step_position
  ) AS step_no,
  s.status IN ('fulfilled', 'partially_fulfilled', 'broken', 'withdrawn') AS is_outcome
FROM ledger_commitment_step_reports s
JOIN ledger_articles a ON a.article_id = s.article_id;

-- When each record was made: its earliest statement, the meeting it was
-- made at, or its first observation (the first by first day); else its
-- article's publication. Every candidate of every record, numbered within
-- its commitment (n = 1: when the commitment was made).
CREATE OR REPLACE TEMP TABLE ledger_commitment_made_candidates AS
WITH candidates AS (
  SELECT r.component, r.record_no, 0 AS grp, cs.position AS pos,
         CASE WHEN s.date_precision = 'interval' THEN split_part(s.date, '/', 1) ELSE s.date END AS made,
         s.date_first_day AS first_day
  FROM ledger_commitment_records r
  JOIN commitment_statements cs ON cs.article_id = r.article_id AND cs.commitment_id = r.id
  JOIN statements s ON s.article_id = cs.article_id AND s.id = cs.statement_id
  WHERE s.date_first_day IS NOT NULL
  UNION ALL
  SELECT r.component, r.record_no, 1 AS grp, 0 AS pos,
         CASE WHEN m.date_precision = 'interval' THEN split_part(m.date, '/', 1) ELSE m.date END AS made,
         m.date_first_day AS first_day
  FROM ledger_commitment_records r
  JOIN meetings m ON m.article_id = r.article_id AND m.id = r.made_at_id
  WHERE m.date_first_day IS NOT NULL
  UNION ALL
  SELECT r.component, r.record_no, 2 AS grp, s.position AS pos, s.as_of AS made,
         s.as_of_first_day AS first_day
  FROM ledger_commitment_records r
  JOIN commitment_status_steps s ON s.article_id = r.article_id AND s.commitment_id = r.id
  WHERE s.as_of IS NOT NULL
),
with_fallback AS (
  SELECT * FROM candidates
  UNION ALL
  SELECT r.component, r.record_no, 3 AS grp, 0 AS pos, r.reported_on AS made,
         r.reported_first_day AS first_day
  FROM ledger_commitment_records r
  WHERE r.reported_on IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM candidates c
                    WHERE c.component = r.component AND c.record_no = r.record_no)
)
SELECT component, made, record_no, first_day,
       row_number() OVER (PARTITION BY component ORDER BY first_day, record_no, grp, pos) AS n
FROM with_fallback;

CREATE OR REPLACE TEMP TABLE ledger_commitment_made AS
SELECT component, made FROM ledger_commitment_made_candidates WHERE n = 1;

-- Every commitment: its first record's id, kind and action, the latest
-- record's modality, condition and due date, when it was made, where it
-- stands and whether it was kept by its due date.
CREATE OR REPLACE TEMP TABLE ledger_commitments AS
WITH first_record AS (
  SELECT * FROM ledger_commitment_records WHERE record_no = 1
),
latest_modality AS (
  SELECT component, modality FROM (
    SELECT component, modality,
           row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_commitment_records WHERE modality IS NOT NULL) x WHERE n = 1
),
latest_condition AS (
  SELECT component, condition FROM (
    SELECT component, condition,
           row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_commitment_records WHERE condition IS NOT NULL) x WHERE n = 1
),
latest_due AS (
  SELECT component, due, due_text, due_last_day FROM (
    SELECT component, due, due_text, due_last_day,
           row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_commitment_records WHERE due IS NOT NULL OR due_text IS NOT NULL) x WHERE n = 1
),
last_step AS (
  SELECT component, status FROM (
    SELECT component, status,
           row_number() OVER (PARTITION BY component ORDER BY step_no DESC) AS n
    FROM ledger_commitment_steps_by_component) x WHERE n = 1
),
first_kept AS (
  SELECT component, as_of, as_of_first_day, as_of_last_day, reported_last_day FROM (
    SELECT *, row_number() OVER (PARTITION BY component ORDER BY step_no) AS n
    FROM ledger_commitment_steps_by_component
    WHERE status IN ('fulfilled', 'partially_fulfilled')) x WHERE n = 1
),
reported_last AS (
  SELECT component, max(reported_first_day) AS last_report_first_day
  FROM ledger_commitment_steps_by_component GROUP BY component
),
base AS (
  SELECT
    f.component,
    f.record_key AS id,
    f.kind, f.action,
    m.modality, c.condition,
    COALESCE(d.due, d.due_text) AS due,
    CASE WHEN d.due IS NOT NULL THEN d.due_last_day END AS due_by,
    md.made,
    s.status,
    k.as_of AS kept_as_of, k.as_of_first_day AS kept_first_day,
    k.as_of_last_day AS kept_last_day, k.reported_last_day AS kept_reported_last_day,
    rl.last_report_first_day,
    f.sort_day, f.article_id AS first_article_id, f.record_position
  FROM first_record f
  LEFT JOIN latest_modality m ON m.component = f.component
  LEFT JOIN latest_condition c ON c.component = f.component
  LEFT JOIN latest_due d ON d.component = f.component
  LEFT JOIN ledger_commitment_made md ON md.component = f.component
  LEFT JOIN last_step s ON s.component = f.component
  LEFT JOIN first_kept k ON k.component = f.component
  LEFT JOIN reported_last rl ON rl.component = f.component
)
SELECT
  component, id, kind, action, modality, condition, due, due_by, made, status,
  CASE
    WHEN due_by IS NULL THEN NULL
    WHEN status IN ('fulfilled', 'partially_fulfilled') THEN
      CASE
        WHEN kept_as_of IS NOT NULL AND kept_last_day <= due_by THEN 'on_time'
        WHEN kept_as_of IS NOT NULL AND kept_first_day > due_by THEN 'late'
        WHEN kept_as_of IS NULL AND kept_reported_last_day <= due_by THEN 'on_time'
        ELSE 'kept_undetermined'
      END
    WHEN status IN ('broken', 'withdrawn') THEN 'not_kept'
    WHEN last_report_first_day > due_by THEN 'not_kept_by_due'
    ELSE 'pending'
  END AS timeliness,
  CASE
    WHEN due_by IS NOT NULL AND status IN ('fulfilled', 'partially_fulfilled')
         AND kept_as_of IS NOT NULL AND kept_first_day > due_by
    THEN datediff('day', due_by, kept_first_day)
  END AS late_by_days,
  row_number() OVER (ORDER BY sort_day NULLS FIRST, first_article_id, record_position) AS report_order
FROM base;

-- Every commitment's history, oldest first, as the report gives it.
CREATE OR REPLACE TEMP TABLE ledger_commitment_steps AS
SELECT c.id AS commitment_id, s.step_no, s.status, s.as_of, s.reported_on,
       s.article_id AS article, s.path, s.statement_id, s.is_outcome
FROM ledger_commitment_steps_by_component s
JOIN ledger_commitments c ON c.component = s.component;

-- `ARTICLE#ID` of every record of each commitment, first record first.
CREATE OR REPLACE TEMP TABLE ledger_commitment_mentions AS
SELECT c.id AS commitment_id, r.record_no AS position, r.record_key AS mention
FROM ledger_commitment_records r
JOIN ledger_commitments c ON c.component = r.component;

-- Who is bound, and toward whom, over every record: each party once, in
-- the order the records name them.
CREATE OR REPLACE TEMP TABLE ledger_commitment_parties AS
SELECT commitment_id, role,
       row_number() OVER (PARTITION BY commitment_id, role ORDER BY first_seen_record, first_seen_position) - 1 AS position,
       party
FROM (
  SELECT c.id AS commitment_id, p.role, k.key AS party,
         min(r.record_no) AS first_seen_record,
         min(r.record_no * 100000 + p.position) AS first_seen_position
  FROM (
    -- A promise the bound parties make to each other (`mutual`) is
    -- toward each of them: its bound parties are counterparties too,
    -- after the ones the article names.
    -- A partner the bound parties act with is neither: left out.
    SELECT article_id, commitment_id, role, position, party_id FROM commitment_parties
    WHERE role IN ('bound', 'counterparty')
    UNION ALL
    SELECT p.article_id, p.commitment_id, 'counterparty', 50000 + p.position, p.party_id
    FROM commitment_parties p
    JOIN commitments m ON m.article_id = p.article_id AND m.id = p.commitment_id
    WHERE p.role = 'bound' AND m.mutual
  ) p
  JOIN ledger_commitment_records r ON r.article_id = p.article_id AND r.id = p.commitment_id
  JOIN ledger_commitments c ON c.component = r.component
  JOIN ledger_party_keys k ON k.article_id = p.article_id AND k.entity_id = p.party_id
  GROUP BY c.id, p.role, k.key
) x;

-- The money pledged (by the latest record that pledges any; the first
-- amount in each currency) and reported delivered (by the latest step
-- that gives an amount in it), one row a currency. A currency the pledge
-- gives only as an equivalent is pledged as that equivalent. Only money
-- with one amount counts: a range, a rate ("£11mn annually"), a
-- baseline ("from $5.3 billion", `role` baseline), a target ("to $10
-- billion", `role` target), a factor ("double") or words without a number
-- are left out.
CREATE OR REPLACE TEMP TABLE ledger_commitment_amounts AS
WITH money AS (
  SELECT article_id, owner_path, position, currency, amount, amount_value, inferred,
         equivalent_currency, equivalent_amount, equivalent_amount_value
  FROM quantities
  WHERE currency IS NOT NULL AND amount IS NOT NULL AND amount_max IS NULL AND per IS NULL
    AND factor IS NULL AND (role IS NULL OR role NOT IN ('baseline', 'target'))
),
pledging AS (
  SELECT component, article_id, path FROM (
    SELECT r.component, r.article_id, r.path,
           row_number() OVER (PARTITION BY r.component ORDER BY r.record_no DESC) AS n
    FROM ledger_commitment_records r
    WHERE EXISTS (SELECT 1 FROM money q WHERE q.article_id = r.article_id AND q.owner_path = r.path)
  ) x WHERE n = 1
),
pledge AS (
  SELECT p.component, q.*
  FROM pledging p JOIN money q ON q.article_id = p.article_id AND q.owner_path = p.path
),
pledged AS (
  SELECT component, currency, amount, amount_value, inferred, position FROM (
    SELECT *, row_number() OVER (PARTITION BY component, currency ORDER BY position) AS n
    FROM pledge) x WHERE n = 1
),
step_money AS (
  SELECT component, step_no, article_id, currency, amount, amount_value, position FROM (
    SELECT s.component, s.step_no, s.article_id, q.currency, q.amount, q.amount_value, q.position,
           row_number() OVER (PARTITION BY s.component, s.step_no, q.currency ORDER BY q.position) AS n
    FROM ledger_commitment_steps_by_component s
    JOIN money q ON q.article_id = s.article_id AND q.owner_path = s.path
  ) x WHERE n = 1
),
delivered AS (
  SELECT component, currency, amount, amount_value, article_id FROM (
    SELECT *, row_number() OVER (PARTITION BY component, currency ORDER BY step_no DESC) AS n
    FROM step_money) x WHERE n = 1
),
first_delivered AS (
  SELECT component, currency, min(step_no * 100000 + position) AS seen
  FROM step_money GROUP BY component, currency
),
equivalents AS (
  SELECT component, equivalent_currency AS currency, equivalent_amount AS amount,
         equivalent_amount_value AS amount_value, currency AS equivalent_of, inferred
  FROM (
    SELECT *, row_number() OVER (PARTITION BY component, equivalent_currency ORDER BY position) AS n
    FROM pledge WHERE equivalent_currency IS NOT NULL) x
  WHERE n = 1
),
entries AS (
  SELECT component, currency, amount AS pledged, amount_value AS pledged_value,
         CAST(NULL AS STRING) AS equivalent_of, inferred, 0 AS grp, position AS seen
  FROM pledged
  UNION ALL
  SELECT f.component, f.currency, e.amount AS pledged, e.amount_value AS pledged_value,
         e.equivalent_of, COALESCE(e.inferred, false) AS inferred, 1 AS grp, f.seen
  FROM first_delivered f
  LEFT JOIN equivalents e ON e.component = f.component AND e.currency = f.currency
  WHERE NOT EXISTS (SELECT 1 FROM pledged p WHERE p.component = f.component AND p.currency = f.currency)
)
SELECT
  c.id AS commitment_id,
  row_number() OVER (PARTITION BY c.id ORDER BY e.grp, e.seen) - 1 AS position,
  e.currency, e.pledged, d.amount AS delivered, d.article_id AS reported_by,
  CASE WHEN e.pledged_value > 0 AND d.amount_value >= 0
       THEN CAST(floor(d.amount_value / e.pledged_value * 100) AS BIGINT) END AS percent_kept,
  e.equivalent_of, e.inferred
FROM entries e
JOIN ledger_commitments c ON c.component = e.component
LEFT JOIN delivered d ON d.component = e.component AND d.currency = e.currency;

-- When each commitment fell due, and the first day an outcome of it was
-- known (reported by an article published by then; an article with no
-- publication date counts as always known) or had happened (on the last
-- day of its date, else by its article's publication). Overdue on D: due
-- before D, and no outcome known (or, in hindsight, happened) by D.
CREATE OR REPLACE TEMP TABLE ledger_commitment_deadlines AS
SELECT
  c.id, c.report_order, c.due_by,
  min(CASE WHEN s.is_outcome THEN COALESCE(s.reported_last_day, DATE '0001-01-01') END) AS outcome_known_on,
  min(CASE WHEN s.is_outcome
           THEN COALESCE(s.as_of_last_day, s.reported_last_day, DATE '0001-01-01') END) AS outcome_happened_on
FROM ledger_commitments c
LEFT JOIN ledger_commitment_steps_by_component s ON s.component = c.component
WHERE c.due_by IS NOT NULL
GROUP BY c.id, c.report_order, c.due_by;

-- Every meeting record with its component and place among its records.
CREATE OR REPLACE TEMP TABLE ledger_meeting_records AS
SELECT
  m.*,
  m.article_id || '#' || m.id AS record_key,
  CAST(split_part(m.path, '/', 3) AS INT) AS record_position,
  k.component,
  a.sort_day, a.reported_on,
  p.name AS place_name,
  row_number() OVER (
    PARTITION BY k.component
    ORDER BY a.sort_day NULLS FIRST, m.article_id, CAST(split_part(m.path, '/', 3) AS INT)
  ) AS record_no
FROM meetings m
JOIN ledger_articles a ON a.article_id = m.article_id
JOIN ledger_components k ON k.kind = 'meeting' AND k.node = 'r:' || m.article_id || '#' || m.id
LEFT JOIN entities p ON p.article_id = m.article_id AND p.id = m.place_id AND p.entity_type = 'place';

-- Every step of every meeting: its records' histories (a record with none
-- gives its status: a held meeting on its date, else undated), and the
-- updates that fit it.
CREATE OR REPLACE TEMP TABLE ledger_meeting_step_reports AS
WITH next_dated AS (
  SELECT s.article_id, s.meeting_id, s.position, min(n.position) AS next_position
  FROM meeting_status_steps s
  JOIN meeting_status_steps n
    ON n.article_id = s.article_id AND n.meeting_id = s.meeting_id
   AND n.position > s.position AND n.as_of IS NOT NULL
  WHERE s.as_of IS NULL
  GROUP BY s.article_id, s.meeting_id, s.position
)
SELECT
  r.component, s.article_id, s.path, s.status, s.as_of, s.reason,
  0 AS source, r.record_position AS source_position, s.position AS step_position,
  COALESCE(s.as_of_first_day, n.as_of_first_day, r.sort_day) AS sorts_on
FROM meeting_status_steps s
JOIN ledger_meeting_records r ON r.article_id = s.article_id AND r.id = s.meeting_id
LEFT JOIN next_dated d
  ON d.article_id = s.article_id AND d.meeting_id = s.meeting_id AND d.position = s.position
LEFT JOIN meeting_status_steps n
  ON n.article_id = d.article_id AND n.meeting_id = d.meeting_id AND n.position = d.next_position
UNION ALL
SELECT
  r.component, r.article_id, r.path || '/status' AS path, r.status,
  CASE WHEN r.status = 'held' AND r.date_precision <> 'interval' THEN r.date END AS as_of,
  CAST(NULL AS STRING) AS reason,
  0 AS source, r.record_position AS source_position, 0 AS step_position,
  COALESCE(CASE WHEN r.status = 'held' AND r.date_precision <> 'interval' THEN r.date_first_day END,
           r.sort_day) AS sorts_on
FROM ledger_meeting_records r
WHERE NOT EXISTS (SELECT 1 FROM meeting_status_steps s
                  WHERE s.article_id = r.article_id AND s.meeting_id = r.id)
UNION ALL
SELECT
  r.component, u.article_id, u.path || '/meeting_status' AS path,
  u.meeting_status AS status, u.meeting_status_as_of AS as_of, u.meeting_status_reason AS reason,
  1 AS source, u.position AS source_position, 0 AS step_position,
  COALESCE(u.meeting_status_as_of_first_day, a.sort_day) AS sorts_on
FROM ledger_update_targets t
JOIN updates u ON u.article_id = t.article_id AND u.position = t.position
JOIN ledger_meeting_records r ON r.article_id = t.target_article AND r.id = t.target_id
JOIN ledger_articles a ON a.article_id = u.article_id
WHERE t.fits AND t.target_kind = 'meeting' AND u.meeting_status IS NOT NULL;

CREATE OR REPLACE TEMP TABLE ledger_meeting_steps_by_component AS
SELECT
  s.*, a.reported_on,
  row_number() OVER (
    PARTITION BY s.component
    ORDER BY s.sorts_on NULLS FIRST, a.sort_day NULLS FIRST, s.article_id,
             s.source, s.source_position, s.step_position
  ) AS step_no
FROM ledger_meeting_step_reports s
JOIN ledger_articles a ON a.article_id = s.article_id;

-- What became of each meeting: its first and current status, the latest
-- record's name, date and place, and when it took place.
CREATE OR REPLACE TEMP TABLE ledger_meetings AS
WITH first_record AS (
  SELECT * FROM ledger_meeting_records WHERE record_no = 1
),
latest_name AS (
  SELECT component, name FROM (
    SELECT component, name, row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_meeting_records WHERE name IS NOT NULL) x WHERE n = 1
),
latest_place AS (
  SELECT component, place_name FROM (
    SELECT component, place_name, row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_meeting_records WHERE place_name IS NOT NULL) x WHERE n = 1
),
latest_date AS (
  SELECT component, date FROM (
    SELECT component, COALESCE(date, date_text) AS date,
           row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_meeting_records WHERE date IS NOT NULL OR date_text IS NOT NULL) x WHERE n = 1
),
held_record AS (
  SELECT component, date FROM (
    SELECT component, COALESCE(date, date_text) AS date,
           row_number() OVER (PARTITION BY component ORDER BY record_no DESC) AS n
    FROM ledger_meeting_records
    WHERE status IN ('held', 'in_progress') AND (date IS NOT NULL OR date_text IS NOT NULL)) x
  WHERE n = 1
),
held_step AS (
  SELECT component, as_of FROM (
    SELECT component, as_of, row_number() OVER (PARTITION BY component ORDER BY step_no DESC) AS n
    FROM ledger_meeting_steps_by_component
    WHERE status IN ('held', 'in_progress') AND as_of IS NOT NULL) x WHERE n = 1
),
first_step AS (
  SELECT component, status FROM ledger_meeting_steps_by_component WHERE step_no = 1
),
last_step AS (
  SELECT component, status FROM (
    SELECT component, status, row_number() OVER (PARTITION BY component ORDER BY step_no DESC) AS n
    FROM ledger_meeting_steps_by_component) x WHERE n = 1
)
SELECT
  f.component, f.record_key AS id, f.kind, n.name,
  COALESCE(fs.status, f.status) AS first_status,
  COALESCE(ls.status, f.status) AS status,
  d.date, COALESCE(hr.date, hs.as_of) AS held_on, p.place_name AS place,
  row_number() OVER (ORDER BY f.sort_day NULLS FIRST, f.article_id, f.record_position) AS report_order
FROM first_record f
LEFT JOIN latest_name n ON n.component = f.component
LEFT JOIN latest_place p ON p.component = f.component
LEFT JOIN latest_date d ON d.component = f.component
LEFT JOIN held_record hr ON hr.component = f.component
LEFT JOIN held_step hs ON hs.component = f.component
LEFT JOIN first_step fs ON fs.component = f.component
LEFT JOIN last_step ls ON ls.component = f.component;

CREATE OR REPLACE TEMP TABLE ledger_meeting_steps AS
SELECT m.id AS meeting_id, s.step_no, s.status, s.as_of, s.reported_on,
       s.article_id AS article, s.path, s.reason
FROM ledger_meeting_steps_by_component s
JOIN ledger_meetings m ON m.component = s.component;

CREATE OR REPLACE TEMP TABLE ledger_meeting_mentions AS
SELECT m.id AS meeting_id, r.record_no AS position, r.record_key AS mention
FROM ledger_meeting_records r
JOIN ledger_meetings m ON m.component = r.component;

-- The dates a meeting's records give it while it was planned (a record
-- whose status is not held or in progress), in their order, a repeat of
-- the date before left out (`planned_dates`): the date as written, else
-- the article's words.
CREATE OR REPLACE TEMP TABLE ledger_meeting_planned_dates AS
SELECT m.id AS meeting_id,
       row_number() OVER (PARTITION BY x.component ORDER BY x.record_no) AS position,
       COALESCE(x.date, x.date_text) AS date, x.article_id AS article
FROM (
  SELECT component, record_no, article_id, date, date_text,
         COALESCE(date_inferred, false) AS inferred,
         lag(record_no) OVER w AS no_before,
         lag(date) OVER w AS date_before,
         lag(date_text) OVER w AS text_before,
         lag(COALESCE(date_inferred, false)) OVER w AS inferred_before
  FROM ledger_meeting_records
  WHERE status NOT IN ('held', 'in_progress') AND (date IS NOT NULL OR date_text IS NOT NULL)
  WINDOW w AS (PARTITION BY component ORDER BY record_no)
) x
JOIN ledger_meetings m ON m.component = x.component
WHERE x.no_before IS NULL
   OR x.date IS DISTINCT FROM x.date_before
   OR x.date_text IS DISTINCT FROM x.text_before
   OR x.inferred <> x.inferred_before;

-- A meeting put on other days (`moves`): each record's date whose days the
-- date of the record before it (of those with a date) do not overlap; a
-- refinement ("January 2024" after "2024") is no move. An open end
-- overlaps everything on its side.
CREATE OR REPLACE TEMP TABLE ledger_meeting_moves AS
SELECT m.id AS meeting_id,
       row_number() OVER (PARTITION BY x.component ORDER BY x.record_no) AS position,
       x.date_before AS from_date, x.date AS to_date, x.article_id AS article
FROM (
  SELECT component, record_no, article_id, date, date_first_day, date_last_day,
         lag(date) OVER w AS date_before,
         lag(date_first_day) OVER w AS first_day_before,
         lag(date_last_day) OVER w AS last_day_before
  FROM ledger_meeting_records
  WHERE date IS NOT NULL
  WINDOW w AS (PARTITION BY component ORDER BY record_no)
) x
JOIN ledger_meetings m ON m.component = x.component
WHERE x.date_before IS NOT NULL
  AND NOT (
    (x.first_day_before IS NULL OR x.date_last_day IS NULL OR x.first_day_before <= x.date_last_day)
    AND (x.date_first_day IS NULL OR x.last_day_before IS NULL OR x.date_first_day <= x.last_day_before)
  );

-- Who takes or took part in each meeting (`participants`): every record's
-- participants and every fitting update's, in the order of their
-- articles (a record's before an update's of the same article); each
-- party once, where it first appears, with its latest report. A
-- participant of a record made while the meeting was planned is
-- `expected` unless the record says more, and only while the meeting
-- stands (is not now cancelled or postponed). Its role is the latest
-- report's that gives one.
CREATE OR REPLACE TEMP TABLE ledger_meeting_participants AS
WITH reports AS (
  SELECT r.component, k.key AS party,
         COALESCE(p.attendance,
                  CASE WHEN m.status NOT IN ('cancelled', 'postponed')
                        AND r.status NOT IN ('held', 'in_progress') THEN 'expected' END) AS attendance,
         p.role, r.article_id AS article, r.sort_day, 0 AS source, r.record_no AS source_position,
         p.position
  FROM ledger_meeting_records r
  JOIN ledger_meetings m ON m.component = r.component
  JOIN meeting_participants p ON p.article_id = r.article_id AND p.meeting_id = r.id
  JOIN ledger_party_keys k ON k.article_id = p.article_id AND k.entity_id = p.entity_id
  UNION ALL
  SELECT r.component, k.key AS party, p.attendance, p.role, t.article_id AS article, a.sort_day,
         1 AS source, t.position AS source_position, p.position
  FROM ledger_update_targets t
  JOIN update_participants p ON p.article_id = t.article_id AND p.update_position = t.position
  JOIN ledger_meeting_records r ON r.article_id = t.target_article AND r.id = t.target_id
  JOIN ledger_articles a ON a.article_id = t.article_id
  JOIN ledger_party_keys k ON k.article_id = p.article_id AND k.entity_id = p.entity_id
  WHERE t.fits AND t.target_kind = 'meeting'
),
ordered AS (
  SELECT component, party, attendance, role, article,
         row_number() OVER (
           PARTITION BY component
           ORDER BY sort_day NULLS FIRST, article, source, source_position, position
         ) AS n
  FROM reports
),
by_party AS (
  SELECT component, party, min(n) AS first_n, max(n) AS last_n,
         max(CASE WHEN role IS NOT NULL THEN n END) AS role_n
  FROM ordered GROUP BY component, party
)
SELECT m.id AS meeting_id,
       row_number() OVER (PARTITION BY q.component ORDER BY q.first_n) AS position,
       q.party, o.attendance, g.role, o.article
FROM by_party q
JOIN ordered o ON o.component = q.component AND o.n = q.last_n
LEFT JOIN ordered g ON g.component = q.component AND g.n = q.role_n
JOIN ledger_meetings m ON m.component = q.component;

-- The words each step of a history stands on (`evidence` of a step, as
-- `track` gives them): the evidence of the status step, the update's
-- status, or, for a meeting's record without a history, the meeting's
-- own; each cut to 160 characters and "…" (`EXCERPT_CHARS`), with its
-- position in the article's body when given.
CREATE OR REPLACE TEMP TABLE ledger_commitment_step_evidence AS
SELECT s.commitment_id, s.step_no, e.position,
       CASE WHEN length(e.exact) > 160 THEN substr(e.exact, 1, 160) || '…' ELSE e.exact END AS text,
       e.start AS start_at, e.end AS end_at
FROM ledger_commitment_steps s
JOIN evidence e ON e.article_id = s.article AND e.owner_path = s.path;

CREATE OR REPLACE TEMP TABLE ledger_meeting_step_evidence AS
SELECT s.meeting_id, s.step_no, e.position,
       CASE WHEN length(e.exact) > 160 THEN substr(e.exact, 1, 160) || '…' ELSE e.exact END AS text,
       e.start AS start_at, e.end AS end_at
FROM ledger_meeting_steps s
JOIN evidence e
  ON e.article_id = s.article
 AND e.owner_path = CASE WHEN s.path LIKE '/meetings/%/status'
                         THEN substr(s.path, 1, length(s.path) - length('/status'))
                         ELSE s.path END;

-- Conflicts (`conflicts`): a date on which two articles report different
-- outcomes for one commitment or meeting. The outcome steps of a history
-- with a date are grouped by date; a group conflicts when a step of
-- another article than the group's first step says another outcome
-- (held and in progress say the same: the meeting took place). One row a
-- report of each conflict, in history order.
CREATE OR REPLACE TEMP TABLE ledger_conflicts AS
WITH outcomes AS (
  SELECT 'commitment' AS kind, commitment_id AS record, step_no, as_of, article, path, status,
         status AS outcome
  FROM ledger_commitment_steps
  WHERE as_of IS NOT NULL AND status IN ('fulfilled', 'partially_fulfilled', 'broken', 'withdrawn')
  UNION ALL
  SELECT 'meeting' AS kind, meeting_id AS record, step_no, as_of, article, path, status,
         CASE WHEN status IN ('held', 'in_progress') THEN 'took_place' ELSE status END AS outcome
  FROM ledger_meeting_steps
  WHERE as_of IS NOT NULL AND status IN ('held', 'in_progress', 'cancelled', 'postponed')
),
firsts AS (
  SELECT kind, record, as_of, min(step_no) AS first_step FROM outcomes GROUP BY kind, record, as_of
),
conflicting AS (
  SELECT DISTINCT f.kind, f.record, f.as_of
  FROM firsts f
  JOIN outcomes a
    ON a.kind = f.kind AND a.record = f.record AND a.as_of = f.as_of AND a.step_no = f.first_step
  JOIN outcomes b
    ON b.kind = f.kind AND b.record = f.record AND b.as_of = f.as_of
   AND b.article <> a.article AND b.outcome <> a.outcome
)
SELECT c.kind, c.record, c.as_of, o.step_no, o.article, o.path, o.status
FROM conflicting c
JOIN outcomes o ON o.kind = c.kind AND o.record = c.record AND o.as_of = c.as_of;

-- The ledger's problems (`problems`) with their article, path, code and
-- severity: an update whose target article is not held (unknown_article)
-- or has no such id (unknown_target), names a part it cannot update or a
-- `same_as` of another kind (wrong_target_kind), observes a commitment
-- before its record was made (update_before_made) or reports an amount in
-- a currency its pledge does not name (unpledged_currency); the last
-- report of each conflict (conflicting_reports); and the problems of the
-- documents refused, from the tables' own `problems` (there `article` is
-- empty, as a refused document is no article the ledger holds, but for a
-- second article under an id: duplicate_article).
CREATE OR REPLACE TEMP TABLE ledger_problems AS
WITH locals AS (
  SELECT article_id, id FROM entities
  UNION SELECT article_id, id FROM documents
  UNION SELECT article_id, id FROM meetings
  UNION SELECT article_id, id FROM events
  UNION SELECT article_id, id FROM statements
  UNION SELECT article_id, id FROM commitments
),
said AS (
  SELECT t.*, l.id IS NOT NULL AS found
  FROM ledger_update_targets t
  LEFT JOIN locals l ON l.article_id = t.target_article AND l.id = t.target_id
),
record_made AS (
  SELECT r.article_id, r.id, min(c.first_day) AS made_first_day
  FROM ledger_commitment_made_candidates c
  JOIN ledger_commitment_records r ON r.component = c.component AND r.record_no = c.record_no
  GROUP BY r.article_id, r.id
)
SELECT article_id AS article, path || '/target/article' AS path,
       'unknown_article' AS code, 'warning' AS severity
FROM said WHERE target_article IS NULL
UNION ALL
SELECT article_id, path || '/target/id', 'unknown_target', 'error'
FROM said WHERE target_article IS NOT NULL AND NOT found
UNION ALL
SELECT article_id, path || '/target/id', 'wrong_target_kind', 'error'
FROM said
WHERE found AND NOT (target_kind IS NOT NULL AND (said_kind IS NULL OR said_kind = target_kind))
UNION ALL
SELECT article_id, path || '/same_as', 'wrong_target_kind', 'error'
FROM said
WHERE target_kind IS NOT NULL AND (said_kind IS NULL OR said_kind = target_kind)
  AND same_as_kind IS NOT NULL AND same_as_kind <> target_kind
UNION ALL
SELECT u.article_id,
       CASE WHEN u.commitment_status_as_of IS NOT NULL THEN u.path || '/commitment_status/as_of'
            ELSE u.path || '/commitment_status' END,
       'update_before_made', 'error'
FROM ledger_update_targets t
JOIN updates u ON u.article_id = t.article_id AND u.position = t.position
JOIN record_made m ON m.article_id = t.target_article AND m.id = t.target_id
JOIN ledger_articles a ON a.article_id = u.article_id
WHERE t.fits AND t.target_kind = 'commitment' AND u.commitment_status IS NOT NULL
  AND m.made_first_day IS NOT NULL
  AND (CASE WHEN u.commitment_status_as_of IS NOT NULL THEN u.commitment_status_as_of_last_day
            ELSE a.reported_last_day END) < m.made_first_day
UNION ALL
SELECT u.article_id, q.path || '/currency', 'unpledged_currency', 'warning'
FROM ledger_update_targets t
JOIN updates u ON u.article_id = t.article_id AND u.position = t.position
JOIN commitments c ON c.article_id = t.target_article AND c.id = t.target_id
JOIN quantities q ON q.article_id = u.article_id AND q.owner_path = u.path || '/commitment_status'
WHERE t.fits AND t.target_kind = 'commitment' AND u.commitment_status IS NOT NULL
  AND q.currency IS NOT NULL
  AND EXISTS (SELECT 1 FROM quantities p
              WHERE p.article_id = c.article_id AND p.owner_path = c.path AND p.currency IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM quantities p
                  WHERE p.article_id = c.article_id AND p.owner_path = c.path
                    AND (p.currency = q.currency OR p.equivalent_currency = q.currency))
UNION ALL
SELECT article, path, 'conflicting_reports', 'warning' FROM (
  SELECT article, path,
         row_number() OVER (PARTITION BY kind, record, as_of ORDER BY step_no DESC) AS n
  FROM ledger_conflicts
) x WHERE n = 1
UNION ALL
SELECT CASE WHEN code = 'duplicate_article' THEN article_id END, path, code, severity
FROM problems;

-- Every party a commitment or meeting names, once each, by key, with the
-- name its first record gives.
CREATE OR REPLACE TEMP TABLE ledger_parties AS
SELECT key, name, wikidata, country FROM (
  SELECT k.key, k.name, k.wikidata, k.country,
         row_number() OVER (PARTITION BY k.key
                            ORDER BY a.sort_day NULLS FIRST, k.article_id, k.entity_id) AS n
  FROM ledger_party_keys k
  JOIN ledger_articles a ON a.article_id = k.article_id
) x
WHERE n = 1;
