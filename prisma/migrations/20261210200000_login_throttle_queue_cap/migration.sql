-- Sign-in throttling bounds its queue per key (lib/auth/throttle.ts).
--
-- Since checks queue (…_login_throttle_queue), every arrival beyond the free slots waited, and
-- each waiting check asks again up to four times a second, each ask counting the queue: 1,000
-- parallel sign-ins at one account (a person with its password can send them) cost work growing
-- with the square of their number, where before the queue they were refused at once. Now a new
-- arrival is refused at once, with state 'busy', when in one of its limits' scopes the unresolved
-- checks (running or waiting) already number queue_factor × max; a check already in the queue is
-- never refused for it, so arrival order still decides. Admission is unchanged: a check that would
-- run at once never meets the cap, since then failures + unresolved < max <= queue_factor × max.
--
-- A refused arrival (a full limit, or a full queue) now writes nothing: the counts are taken
-- before its row is inserted, and it is inserted only if it waits or runs. Nothing else sees a
-- difference: under the advisory locks every row of its scopes is already there, each with a
-- lower id than the one it would get, so "every unresolved row" is "every row ahead of it".
DROP FUNCTION reserve_login_attempt(BIGINT, TEXT, TEXT, "LoginFactor", INT, INT, INT, INT, INT, INT, BOOLEAN, INT, INT);

CREATE FUNCTION reserve_login_attempt(
  p_attempt BIGINT,
  p_email TEXT,
  p_ip TEXT,
  p_factor "LoginFactor",
  pair_max INT,
  pair_minutes INT,
  address_max INT,
  address_minutes INT,
  account_max INT,
  account_minutes INT,
  known_exempt BOOLEAN,
  known_days INT,
  stale_seconds INT,
  queue_factor INT,
  OUT attempt_id BIGINT,
  OUT state TEXT,
  OUT pair_failures INT,
  OUT pair_oldest TIMESTAMPTZ,
  OUT address_failures INT,
  OUT address_oldest TIMESTAMPTZ,
  OUT account_failures INT,
  OUT account_oldest TIMESTAMPTZ,
  OUT known BOOLEAN
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  me BIGINT; -- the queue place counted from: this attempt's row, or for a newcomer, after every row
  pair_ahead INT;
  address_ahead INT;
  account_ahead INT;
  account_counts BOOLEAN;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'reserve_login_attempt needs READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  -- Always account first, then address: no one waits for an account lock while holding an
  -- address lock, so they cannot deadlock. The first keys keep the two namespaces apart.
  PERFORM pg_advisory_xact_lock(1201, hashtext(p_email));
  PERFORM pg_advisory_xact_lock(1202, hashtext(p_ip));

  IF p_attempt IS NULL THEN
    me := 9223372036854775807; -- the largest bigint: its row, if it gets one, comes after all
  ELSE
    SELECT a.id INTO attempt_id FROM login_attempts a
    WHERE a.id = p_attempt AND a.email = p_email AND a.ip = p_ip AND a.factor = p_factor AND a.success IS NULL;
    IF attempt_id IS NULL THEN
      RAISE EXCEPTION 'reserve_login_attempt: no waiting attempt %', p_attempt;
    END IF;
    me := attempt_id;
  END IF;

  -- A failure is a wrong check or one unresolved for stale_seconds; a success never resets.
  -- Ahead: unresolved rows queued before this one (waiting or being checked).
  WITH r AS (
    SELECT a.email = p_email AS same_email, a.ip = p_ip AS same_ip, a.created_at,
      (a.success = false OR (a.success IS NULL AND a.created_at <= now() - make_interval(secs => stale_seconds))) AS failed,
      (a.success IS NULL AND a.created_at > now() - make_interval(secs => stale_seconds) AND a.id < me) AS ahead
    FROM login_attempts a
    WHERE a.factor = p_factor AND a.success IS NOT TRUE AND a.id <> me
      AND a.created_at > now() - make_interval(mins => greatest(pair_minutes, address_minutes, account_minutes))
      AND (a.email = p_email OR a.ip = p_ip)
  )
  SELECT
    count(*) FILTER (WHERE failed AND same_email AND same_ip AND created_at > now() - make_interval(mins => pair_minutes)),
    min(created_at) FILTER (WHERE failed AND same_email AND same_ip AND created_at > now() - make_interval(mins => pair_minutes)),
    count(*) FILTER (WHERE ahead AND same_email AND same_ip),
    count(*) FILTER (WHERE failed AND same_ip AND created_at > now() - make_interval(mins => address_minutes)),
    min(created_at) FILTER (WHERE failed AND same_ip AND created_at > now() - make_interval(mins => address_minutes)),
    count(*) FILTER (WHERE ahead AND same_ip),
    count(*) FILTER (WHERE failed AND same_email AND created_at > now() - make_interval(mins => account_minutes)),
    min(created_at) FILTER (WHERE failed AND same_email AND created_at > now() - make_interval(mins => account_minutes)),
    count(*) FILTER (WHERE ahead AND same_email)
  INTO pair_failures, pair_oldest, pair_ahead, address_failures, address_oldest, address_ahead,
    account_failures, account_oldest, account_ahead
  FROM r;

  -- An address from which the account signed in with its password lately is known, and exempt
  -- from the account ceiling (its queue included) when known_exempt.
  known := EXISTS (
    SELECT 1 FROM login_attempts a
    WHERE a.email = p_email AND a.ip = p_ip AND a.factor = 'PASSWORD' AND a.success
      AND a.created_at > now() - make_interval(days => known_days)
  );
  account_counts := NOT (known_exempt AND known);

  IF pair_failures >= pair_max OR address_failures >= address_max
     OR (account_counts AND account_failures >= account_max) THEN
    DELETE FROM login_attempts WHERE id = attempt_id; -- a newcomer has no row (attempt_id NULL)
    state := 'refused'; -- the counts say which limit is full
  ELSIF p_attempt IS NULL AND (pair_ahead >= queue_factor * pair_max OR address_ahead >= queue_factor * address_max
     OR (account_counts AND account_ahead >= queue_factor * account_max)) THEN
    state := 'busy'; -- the queue is full; attempt_id stays NULL
  ELSE
    IF p_attempt IS NULL THEN
      INSERT INTO login_attempts (email, ip, factor, success) VALUES (p_email, p_ip, p_factor, NULL)
      RETURNING id INTO attempt_id;
    END IF;
    IF pair_failures + pair_ahead >= pair_max OR address_failures + address_ahead >= address_max
       OR (account_counts AND account_failures + account_ahead >= account_max) THEN
      state := 'waiting';
    ELSE
      -- The check starts now: its failure, if it is one, counts from now (a newcomer's row has it).
      UPDATE login_attempts SET created_at = now() WHERE id = attempt_id AND p_attempt IS NOT NULL;
      state := 'admitted';
    END IF;
  END IF;
END
$$;
