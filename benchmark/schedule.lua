-- A province's schedule for a two-week window around the festival day of a random year. With
-- SCHEDULE_ETAGS (a file of "path etag" lines) each request revalidates with that page's own ETag.
local provinces = {}
for line in io.lines("benchmark/.work/provinces.txt") do provinces[#provinces + 1] = line end
local etags = {}
local etag_file = os.getenv("SCHEDULE_ETAGS")
if etag_file and etag_file ~= "" then
  for line in io.lines(etag_file) do
    local path, etag = line:match("^(%S+) (.+)$")
    if path then etags[path] = etag end
  end
end
request = function()
  local year = math.random(2013, 2026)
  local path = string.format("/api/v1/festivals?unit=2025:%s&from=%d-08-12&to=%d-08-25&limit=50",
      provinces[math.random(#provinces)], year, year)
  local etag = etags[path]
  if etag then
    return wrk.format("GET", path, { ["If-None-Match"] = etag })
  end
  return wrk.format("GET", path)
end
