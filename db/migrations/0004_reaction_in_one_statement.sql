-- A reaction, the busiest write of the site, as one statement (lib/dal/reactions.ts calls it). In the
-- application it took a transaction of five to eight statements, and on the embedded database each
-- statement costs about 0.6 ms of JavaScript around 0.2-0.4 ms of PostgreSQL; here it is one round trip.
-- The steps and the lock order are those of the application's code (lib/dal/article-counters.ts): this
-- reactor's row, then the article's count rows (kinds sorted), then article_stats, then
-- article_activity_daily.
--
-- Returns json: {"status": "restricted", "banned_at", "suspended_until", "restriction_reason"} (the
-- application words the restriction), {"status": "not_found"}, or {"status": "ok", "counts": {kind: n}}.
-- Nothing is written unless the status is "ok".
CREATE FUNCTION set_reaction(p_article_id integer, p_reactor_key text, p_user_id text, p_kind reaction_kind) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
  account record;
  previous reaction_kind;
  deltas jsonb := '{}';
  total integer;
BEGIN
  -- The account may have been banned since its session began: the database decides, not the token.
  IF p_user_id IS NOT NULL THEN
    SELECT banned_at, suspended_until, restriction_reason INTO account FROM users WHERE id = p_user_id;
    IF FOUND AND (account.banned_at IS NOT NULL OR account.suspended_until > now()) THEN
      RETURN json_build_object('status', 'restricted', 'banned_at', account.banned_at, 'suspended_until', account.suspended_until, 'restriction_reason', account.restriction_reason);
    END IF;
  END IF;
  PERFORM 1 FROM articles WHERE id = p_article_id AND status = 'published';
  IF NOT FOUND THEN
    RETURN json_build_object('status', 'not_found');
  END IF;

  SELECT kind INTO previous FROM article_reactions WHERE article_id = p_article_id AND reactor_key = p_reactor_key FOR UPDATE;
  IF p_kind IS NULL THEN
    IF previous IS NOT NULL THEN
      DELETE FROM article_reactions WHERE article_id = p_article_id AND reactor_key = p_reactor_key;
      deltas := jsonb_build_object(previous, -1);
    END IF;
  ELSE
    IF previous IS NULL THEN
      INSERT INTO article_reactions (article_id, reactor_key, kind) VALUES (p_article_id, p_reactor_key, p_kind)
        ON CONFLICT (article_id, reactor_key) DO NOTHING;
      IF FOUND THEN
        deltas := jsonb_build_object(p_kind, 1);
      ELSE
        -- A concurrent request by the same reactor inserted first and has committed (the insert waited
        -- for it): carry on from its reaction.
        SELECT kind INTO previous FROM article_reactions WHERE article_id = p_article_id AND reactor_key = p_reactor_key FOR UPDATE;
      END IF;
    END IF;
    IF previous IS NOT NULL AND previous <> p_kind THEN
      UPDATE article_reactions SET kind = p_kind, updated_at = now() WHERE article_id = p_article_id AND reactor_key = p_reactor_key;
      deltas := jsonb_build_object(previous, -1, p_kind, 1);
    END IF;
  END IF;

  IF deltas <> '{}' THEN
    INSERT INTO article_reaction_counts (article_id, kind, count)
      SELECT p_article_id, key::reaction_kind, value::integer FROM jsonb_each_text(deltas) ORDER BY key
      ON CONFLICT (article_id, kind) DO UPDATE SET count = article_reaction_counts.count + excluded.count;
    SELECT sum(value::integer) INTO total FROM jsonb_each_text(deltas);
    IF total <> 0 THEN
      INSERT INTO article_stats (article_id, reaction_count) VALUES (p_article_id, total)
        ON CONFLICT (article_id) DO UPDATE SET reaction_count = article_stats.reaction_count + total;
      INSERT INTO article_activity_daily (article_id, day, reactions) VALUES (p_article_id, current_date, total)
        ON CONFLICT (article_id, day) DO UPDATE SET reactions = article_activity_daily.reactions + total;
    END IF;
  END IF;
  RETURN json_build_object('status', 'ok', 'counts', (SELECT json_object_agg(kind, count) FROM article_reaction_counts WHERE article_id = p_article_id));
END;
$$;
