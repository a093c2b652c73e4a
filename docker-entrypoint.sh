#!/bin/sh
# Seeds the writable fact store on the volume from the shipped one, once, then runs sahelbot.
set -eu
if [ ! -f "$SAHELBOT_DB" ]; then
  cp /app/facts.db "$SAHELBOT_DB"
fi
exec /app/sahelbot "$@"
