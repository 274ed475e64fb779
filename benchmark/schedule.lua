-- A province's schedule for a two-week window around the festival day of a random year.
local provinces = {}
for line in io.lines("benchmark/.work/provinces.txt") do provinces[#provinces + 1] = line end
local etag = os.getenv("SCHEDULE_ETAG")
request = function()
  local year = math.random(2013, 2026)
  local path = string.format("/api/v1/festivals?unit=2025:%s&from=%d-08-12&to=%d-08-25&limit=50",
      provinces[math.random(#provinces)], year, year)
  if etag then
    return wrk.format("GET", path, { ["If-None-Match"] = etag })
  end
  return wrk.format("GET", path)
end
