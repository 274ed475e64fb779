-- The sync feed from a position 500 changes behind the newest.
local token = os.getenv("SYNC_TOKEN")
request = function()
  return wrk.format("GET", "/api/v1/festivals/changes?limit=500&since=" .. token)
end
