-- Sign-in throttling in one statement (lib/auth/throttle.ts).
--
-- The reservation used to run as a Prisma interactive transaction (lock, lock, count, insert).
-- When such a transaction reaches its timeout, Prisma sends ROLLBACK, which frees the advisory
-- locks, while statements it had already accepted can still go out afterwards and autocommit
-- (prisma/orm#29762): an insert made outside the locks let a burst reserve more attempts than
-- the limit. A single statement is atomic whatever the client does, so the whole check-and-insert
-- is this function, called on its own.
--
-- Each statement of a VOLATILE PL/pgSQL function takes a fresh snapshot under READ COMMITTED,
-- so the counts below see every attempt committed before the locks were granted; under a
-- snapshot taken earlier (REPEATABLE READ and up) they would not, hence the refusal.
CREATE FUNCTION reserve_login_attempt(
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
  OUT attempt_id BIGINT,
  OUT pair_failures INT,
  OUT pair_oldest TIMESTAMPTZ,
  OUT address_failures INT,
  OUT address_oldest TIMESTAMPTZ,
  OUT account_failures INT,
  OUT account_oldest TIMESTAMPTZ,
  OUT known BOOLEAN
)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'reserve_login_attempt needs READ COMMITTED, not %', current_setting('transaction_isolation');
  END IF;
  -- Always account first, then address: no one waits for an account lock while holding an
  -- address lock, so they cannot deadlock. The first keys keep the two namespaces apart.
  PERFORM pg_advisory_xact_lock(1201, hashtext(p_email));
  PERFORM pg_advisory_xact_lock(1202, hashtext(p_ip));

  -- A failure is a wrong or still-running check (success NULL); a success never resets.
  SELECT
    count(*) FILTER (WHERE a.email = p_email AND a.ip = p_ip AND a.created_at > now() - make_interval(mins => pair_minutes)),
    min(a.created_at) FILTER (WHERE a.email = p_email AND a.ip = p_ip AND a.created_at > now() - make_interval(mins => pair_minutes)),
    count(*) FILTER (WHERE a.ip = p_ip AND a.created_at > now() - make_interval(mins => address_minutes)),
    min(a.created_at) FILTER (WHERE a.ip = p_ip AND a.created_at > now() - make_interval(mins => address_minutes)),
    count(*) FILTER (WHERE a.email = p_email AND a.created_at > now() - make_interval(mins => account_minutes)),
    min(a.created_at) FILTER (WHERE a.email = p_email AND a.created_at > now() - make_interval(mins => account_minutes))
  INTO pair_failures, pair_oldest, address_failures, address_oldest, account_failures, account_oldest
  FROM login_attempts a
  WHERE a.factor = p_factor AND a.success IS NOT TRUE
    AND a.created_at > now() - make_interval(mins => greatest(pair_minutes, address_minutes, account_minutes))
    AND (a.email = p_email OR a.ip = p_ip);

  -- An address from which the account signed in with its password lately is known.
  known := EXISTS (
    SELECT 1 FROM login_attempts a
    WHERE a.email = p_email AND a.ip = p_ip AND a.factor = 'PASSWORD' AND a.success
      AND a.created_at > now() - make_interval(days => known_days)
  );

  IF pair_failures >= pair_max OR address_failures >= address_max
     OR (account_failures >= account_max AND NOT (known_exempt AND known)) THEN
    RETURN; -- refused: attempt_id stays NULL, the counts say which limit is full
  END IF;
  INSERT INTO login_attempts (email, ip, factor, success) VALUES (p_email, p_ip, p_factor, NULL)
  RETURNING id INTO attempt_id;
END
$$;
