#!/bin/sh
# Creates the ordinary role the portal connects as; the schema and its tables belong to POSTGRES_USER.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_role="$PORTAL_DB_USER" -v app_password="$PORTAL_DB_PASSWORD" <<'SQL'
create role :"app_role" login password :'app_password' nosuperuser nobypassrls nocreatedb nocreaterole;
SQL
