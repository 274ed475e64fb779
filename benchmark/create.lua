-- Create festivals as an admin, in random 2025 communes.
local communes = {}
for line in io.lines("benchmark/.work/communes.txt") do communes[#communes + 1] = line end
local token = os.getenv("ADMIN_TOKEN")
local organizer = os.getenv("ORGANIZER_ID")
request = function()
  local body = string.format([[{"year":2026,"title":"Ngày hội toàn dân bảo vệ ANTQ (đo tải)","adminUnit":{"era":"2025","code":"%s"},"startsAt":"2026-08-19T07:30:00+07:00","endsAt":"2026-08-19T11:00:00+07:00","status":"planned","venue":{"name":"Nhà văn hóa thôn","latitude":18.35,"longitude":105.9},"organizerIds":["%s"]}]],
      communes[math.random(#communes)], organizer)
  return wrk.format("POST", "/api/v1/festivals",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
