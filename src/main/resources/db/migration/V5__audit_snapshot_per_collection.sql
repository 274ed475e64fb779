-- Each collection now provides its own snapshot function, audit_snapshot_<collection> (dashes become
-- underscores), so that a feature's migration adds its records to the audit trail without editing a
-- shared function.

CREATE FUNCTION audit_snapshot_organizations(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(o) - 'search_text' FROM organization o WHERE o.id = record
$$;

CREATE FUNCTION audit_snapshot_programs(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(p) - 'search_text'
           || jsonb_build_object(
                'signatories', coalesce((SELECT jsonb_agg(s.organization_id ORDER BY s.position)
                                         FROM program_signatory s WHERE s.program_id = p.id), '[]'),
                'reviews', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'program_id' ORDER BY r.position)
                                     FROM program_review r WHERE r.program_id = p.id), '[]'))
      FROM program p WHERE p.id = record
$$;

CREATE FUNCTION audit_snapshot_coordination_agreements(record uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT to_jsonb(a) - 'search_text'
           || jsonb_build_object(
                'parties', coalesce((SELECT jsonb_agg(to_jsonb(x) - 'agreement_id' ORDER BY x.position)
                                     FROM agreement_party x WHERE x.agreement_id = a.id), '[]'),
                'reviews', coalesce((SELECT jsonb_agg(to_jsonb(r) - 'agreement_id' ORDER BY r.position)
                                     FROM agreement_review r WHERE r.agreement_id = a.id), '[]'))
      FROM coordination_agreement a WHERE a.id = record
$$;

CREATE OR REPLACE FUNCTION audit_snapshot(collection text, record uuid) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    state jsonb;
BEGIN
    EXECUTE format('SELECT audit_snapshot_%s($1)', replace(collection, '-', '_')) INTO state USING record;
    RETURN state;
END $$;
