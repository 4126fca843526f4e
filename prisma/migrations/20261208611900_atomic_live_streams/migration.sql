-- Opening a live-update stream in one statement (lib/limits/streams.ts), for the reason given in
-- 20261208611800_atomic_login_throttle: inside a Prisma interactive transaction, an insert sent
-- after the transaction's timeout ran outside the per-user lock and committed on its own, so
-- parallel opens could pass MAX_LIVE_STREAMS. Under READ COMMITTED the count below takes a fresh
-- snapshot after the lock is granted.
CREATE FUNCTION open_live_stream(p_user TEXT, p_max INT, p_stale_before TIMESTAMPTZ) RETURNS UUID
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  stream_id UUID;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'open_live_stream needs READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('synergia.live_streams'), hashtext(p_user));
  -- A stream not seen since p_stale_before belongs to an instance that died.
  DELETE FROM live_streams WHERE user_id = p_user::uuid AND seen_at < p_stale_before;
  IF (SELECT count(*) FROM live_streams WHERE user_id = p_user::uuid) >= p_max THEN
    RETURN NULL;
  END IF;
  INSERT INTO live_streams (id, user_id) VALUES (gen_random_uuid(), p_user::uuid) RETURNING id INTO stream_id;
  RETURN stream_id;
END
$$;
