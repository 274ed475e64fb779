#!/usr/bin/env bash
# Renders every overlay with `kubectl kustomize` and checks the rendered objects against what must hold in
# any environment: each Deployment runs at least 2 replicas with startup, readiness and liveness probes on
# /q/health/*, CPU and memory requests and limits, a non-root, read-only, unprivileged container; a
# PodDisruptionBudget and an HPA (at least 2) cover it; the migration Job runs as the schema owner; the
# database is a 3-instance CloudNativePG cluster with synchronous replication, backups and an archive_timeout; a
# Cluster restored from backups (overlay production-recovery) reads an external cluster's Barman object store (up to
# a target time with its zone, when it has one) and archives elsewhere; at least one overlay is such a restore; the
# Ingresses route only /api (or paths under it, no alternative) and /q/openapi, each with a per-address limit, the
# public schedule's reads with a larger one of their own (festival day); webhooks may leave the cluster on 443.
# Installs kubectl (Debian package kubernetes-client), yq and jq when missing. Exits non-zero naming every broken rule.
set -euo pipefail
cd "$(dirname "$0")"

# On a clean machine (CI) the tools come from Debian's packages: kubectl is `kubernetes-client` (kubectl
# 1.20, whose kustomize v2.0.3 the kustomizations are written for), yq (with jq) is `yq`. The package lists
# are read once, only when something is missing.
install_missing() {
  local missing=()
  command -v kubectl >/dev/null || missing+=(kubernetes-client)
  command -v yq >/dev/null || missing+=(yq)
  command -v jq >/dev/null || missing+=(jq)
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
install_missing

# One jq program: prints one line per broken rule, nothing when all hold.
read -r -d '' RULES <<'JQ' || true
def containers: .spec.template.spec.containers[];
def nonroot($pod; $c): (($c.securityContext.runAsNonRoot // $pod.securityContext.runAsNonRoot) == true)
  and (($c.securityContext.runAsUser // $pod.securityContext.runAsUser // 0) != 0);
def probe($p): $p != null and ($p.httpGet.path | startswith("/q/health/"));
. as $all
| ([ $all[] | select(.kind == "Deployment") ]) as $deployments
| (if ($deployments | length) == 0 then "no Deployment" else empty end),
  ($deployments[] | . as $d | .metadata.name as $n
   | (if (.spec.replicas // 1) < 2 then "Deployment \($n): replicas \(.spec.replicas // 1) < 2" else empty end),
     (containers as $c
      | (if probe($c.startupProbe) | not then "Deployment \($n)/\($c.name): no startup probe on /q/health/*" else empty end),
        (if probe($c.readinessProbe) | not then "Deployment \($n)/\($c.name): no readiness probe on /q/health/*" else empty end),
        (if probe($c.livenessProbe) | not then "Deployment \($n)/\($c.name): no liveness probe on /q/health/*" else empty end),
        (if ($c.resources.limits.cpu and $c.resources.limits.memory) | not then "Deployment \($n)/\($c.name): no CPU and memory limits" else empty end),
        (if ($c.resources.requests.cpu and $c.resources.requests.memory) | not then "Deployment \($n)/\($c.name): no CPU and memory requests" else empty end),
        (if nonroot($d.spec.template.spec; $c) | not then "Deployment \($n)/\($c.name): may run as root" else empty end),
        (if $c.securityContext.readOnlyRootFilesystem != true then "Deployment \($n)/\($c.name): root file system is writable" else empty end),
        (if $c.securityContext.allowPrivilegeEscalation != false then "Deployment \($n)/\($c.name): privilege escalation allowed" else empty end),
        (if ($c.securityContext.capabilities.drop // [] | index("ALL")) == null then "Deployment \($n)/\($c.name): capabilities not dropped" else empty end)),
     ($d.spec.template.metadata.labels as $labels
      | (if [ $all[] | select(.kind == "PodDisruptionBudget")
              | select(.spec.selector.matchLabels as $m | $m != null and ($m | to_entries | all(.value == $labels[.key])))
              | select((.spec.minAvailable // 0) >= 1 or .spec.maxUnavailable != null) ] | length == 0
         then "Deployment \($n): no PodDisruptionBudget selects its pods" else empty end)),
     (if [ $all[] | select(.kind == "HorizontalPodAutoscaler" and .spec.scaleTargetRef.name == $n and (.spec.minReplicas // 1) >= 2) ] | length == 0
      then "Deployment \($n): no HorizontalPodAutoscaler with minReplicas >= 2" else empty end),
     (if [ $all[] | select(.kind == "Service") ] | length == 0 then "no Service" else empty end)),
  (if [ $all[] | select(.kind == "Ingress") ] | length == 0 then "no Ingress" else empty end),
  (if [ $all[] | select(.kind == "NetworkPolicy") ] | length == 0 then "no NetworkPolicy" else empty end),
  (if [ $all[] | select(.kind == "Ingress") | .spec.rules[].http.paths[].path
        | select(. != "/api" and . != "/q/openapi" and ((startswith("/api/") and (contains("|") | not)) | not)) ] | length > 0
   then "Ingress routes more than /api and /q/openapi (health and metrics must stay inside)" else empty end),
  ([ $all[] | select(.kind == "Ingress") ] as $ingresses
   | def rpm: .metadata.annotations["nginx.ingress.kubernetes.io/limit-rpm"] // "0" | tonumber;
     ([ $ingresses[] | select(any(.spec.rules[].http.paths[]; .path == "/api")) | rpm ] | max // 0) as $client
   | (if [ $ingresses[] | select(rpm <= 0) ] | length > 0 then "an Ingress without a per-address limit (limit-rpm)" else empty end),
     (if [ $ingresses[] | select(any(.spec.rules[].http.paths[]; .path | startswith("/api/v1/festivals")) and rpm > $client) ] | length == 0
      then "the public schedule has no Ingress of its own with a larger per-address limit than /api's (festival day)" else empty end)),
  (if [ $all[] | select(.kind == "NetworkPolicy") | .spec.egress[]? | select(any(.ports[]?; .port == 443) and any(.to[]?; .ipBlock != null)) ] | length == 0
   then "no NetworkPolicy egress on 443 beyond the cluster (webhooks)" else empty end),
  (if [ $all[] | select(.kind == "Job") | containers | .env[]? | select(.name == "ANTQ_MIGRATION_USER") ] | length == 0
   then "no migration Job running as the schema owner" else empty end),
  ([ $all[] | select(.kind == "Cluster" and (.apiVersion | startswith("postgresql.cnpg.io/"))) ] as $db
   | if ($db | length) == 0 then "no CloudNativePG Cluster"
     else ($db[] | .metadata.name as $n
       | (if .spec.instances < 3 then "Cluster \($n): fewer than 3 instances" else empty end),
         (if (.spec.minSyncReplicas // 0) < 1 then "Cluster \($n): replication is not synchronous" else empty end),
         (if .spec.backup == null then "Cluster \($n): no backup section" else empty end),
         (if .spec.postgresql.parameters.archive_timeout == null then "Cluster \($n): no archive_timeout (it bounds the recovery point)" else empty end),
         (. as $c | ($c.spec.bootstrap.recovery // empty) as $r
          | ([ $c.spec.externalClusters[]? | select(.name == $r.source) ] | .[0]) as $source
          | (if $source == null then "Cluster \($n): the recovery source \($r.source) is not one of its externalClusters"
             elif $source.barmanObjectStore == null then "Cluster \($n): the recovery source \($r.source) has no barmanObjectStore"
             elif $c.spec.backup.barmanObjectStore != null
                  and ($source.barmanObjectStore.destinationPath + "/" + ($source.barmanObjectStore.serverName // $source.name))
                   == ($c.spec.backup.barmanObjectStore.destinationPath + "/" + ($c.spec.backup.barmanObjectStore.serverName // $n))
             then "Cluster \($n): archives into the archive it recovers from (give backup.barmanObjectStore a new serverName)"
             else empty end),
            (if $r.recoveryTarget != null and ($r.recoveryTarget.targetTime // "" | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$") | not)
             then "Cluster \($n): a recoveryTarget without a targetTime with its zone" else empty end)))
     end)
JQ

failures=0
recoveries=0
for overlay in overlays/*/; do
  name="$(basename "$overlay")"
  # Newer kubectl warns that `bases` and `patchesJson6902` are deprecated; kept for the older one.
  if ! rendered="$(kubectl kustomize "$overlay" 2> >(grep -v "is deprecated" >&2))"; then
    failures=$((failures + 1))
    echo "FAIL $name: kubectl kustomize cannot render it"
    continue
  fi
  broken="$(printf '%s\n' "$rendered" | yq -s . | jq -r "$RULES")"
  kinds="$(printf '%s\n' "$rendered" | yq -r -s '[.[] | .kind] | join(", ")')"
  if [ -n "$broken" ]; then
    failures=$((failures + 1))
    echo "FAIL $name:"
    printf '%s\n' "$broken" | sed 's/^/  /'
  else
    echo "ok   $name: $kinds"
  fi
  recoveries=$((recoveries + $(printf '%s\n' "$rendered" | yq -s '[.[] | select(.kind == "Cluster" and .spec.bootstrap.recovery != null)] | length')))
done
# The restore of the Barman backups is written down as an overlay (docs/backups.md): it must render and hold too.
[ "$recoveries" -gt 0 ] || { echo "FAIL no overlay restores the database from its backups (bootstrap.recovery)"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] || { echo "$failures overlay(s) break the rules" >&2; exit 1; }
