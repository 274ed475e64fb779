-- GET one festival by id, picking among the generated festivals (ids are md5 of their slot).
local ids = {}
for line in io.lines("benchmark/.work/ids.txt") do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/api/v1/festivals/" .. ids[math.random(#ids)])
end
