-- wrk script: "members on a date" for the CSTO with a different date on every request.
math.randomseed(42)
request = function()
  local year = math.random(1990, 2026)
  local month = math.random(1, 12)
  local day = math.random(1, 28)
  return wrk.format("GET", string.format("/api/v1/organizations/CSTO/members?date=%04d-%02d-%02d", year, month, day))
end
