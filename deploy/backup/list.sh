#!/usr/bin/env bash
# Lists the backups in the repository (label, type, start and stop time, size, WAL range) and the archived WAL:
#   deploy/backup/list.sh                  # text
#   deploy/backup/list.sh --output=json    # for scripts
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/backup/env.sh
require_cipher_pass
install_pgbackrest
pgbr info "$@"
