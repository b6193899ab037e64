# Shared by cluster.sh and campaign.sh (sourced, not run): a throwaway PostgreSQL with
# pg_stat_statements, and the helpers around it. The caller sets pgbin, work, out and server_cpus,
# and keeps children=() and pg_data="" for its cleanup.

# Stops every process the script started, and PostgreSQL, and deletes the work directory.
cleanup() {
  set +e
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null; done
  if [[ -n $pg_data ]]; then as_pg "$pgbin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1; fi
  wait 2>/dev/null
  rm -rf "$work"
}

as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
psql_at() { as_pg "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d unionbot -At -c "$1"; }

# Starts PostgreSQL pinned to $server_cpus with fsync on, creates the database unionbot with
# pg_stat_statements, and sets pg_data, pg_port, pg_tree (its pid) and db_args (serve's --db).
start_postgres() {
  mkdir -p "$work/pg"
  [[ $(id -u) == 0 ]] && chown postgres "$work/pg"
  pg_data=$work/pg/data
  as_pg "$pgbin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C >"$out/initdb.log"
  pg_port=$(free_port)
  local as_owner=()
  [[ $(id -u) == 0 ]] && as_owner=(runuser -u postgres --)
  taskset -c "$server_cpus" "${as_owner[@]}" "$pgbin/postgres" \
    -D "$pg_data" -p "$pg_port" -k "$work/pg" -c listen_addresses=127.0.0.1 \
    -c max_connections=200 -c shared_preload_libraries=pg_stat_statements \
    -c pg_stat_statements.track=all >"$out/postgres.log" 2>&1 &
  children+=($!)
  pg_tree=$!
  for _ in $(seq 600); do
    "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
    sleep 0.1
  done
  as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres unionbot
  psql_at "CREATE EXTENSION pg_stat_statements" >/dev/null
  db_args=(--db "jdbc:postgresql://127.0.0.1:$pg_port/unionbot?user=postgres")
}
