-- wrk script for the slot queries, as the booking pages send them: a mix of locations, types and first days
-- (today to six days ahead, 14 days each), so the service's one-second slot-list cache sees many keys.
--   wrk ... -s bench/slots.lua http://localhost:18080 -- one       per-location query
--   wrk ... -s bench/slots.lua http://localhost:18080 -- anywhere  cross-location query
local locations = {"tustin", "san-juan-capistrano", "seal-beach"}
local types = {"in-person-consultation", "virtual-consultation"}
local mode = "one"
local today = os.time()

function init(args)
   mode = args[1] or "one"
   math.randomseed(os.time() + math.random(1000000))
end

local function date(days)
   return os.date("!%Y-%m-%d", today - 8 * 3600 + days * 86400)
end

request = function()
   local from = math.random(0, 6)
   local range = "&from=" .. date(from) .. "&to=" .. date(from + 13)
   local type = types[math.random(#types)]
   if mode == "anywhere" then
      return wrk.format("GET", "/api/v1/slots?type=" .. type .. range)
   end
   return wrk.format("GET", "/api/v1/locations/" .. locations[math.random(#locations)] .. "/slots?type=" .. type .. range)
end

done = function(summary, latency, requests)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
   io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
