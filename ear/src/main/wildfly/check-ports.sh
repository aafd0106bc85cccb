#!/usr/bin/env bash
# Before the dev start: say clearly when a port the server needs is taken, instead of a server that half starts.
wildfly_home=$1
for port in 8080 8443 9990; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo
    echo "Port $port on 127.0.0.1 is already in use, so Anliegen cannot start."
    echo "If it is a server left running by an earlier start, stop it with:"
    echo "  $wildfly_home/bin/jboss-cli.sh --connect --command=shutdown"
    echo "Otherwise stop the program that holds the port (ss -ltnp | grep :$port shows it)."
    echo
    exit 1
  fi
done
