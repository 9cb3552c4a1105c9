-- wrk script: POST /api/v1/leads with varied, valid consultation requests.
-- Every request is a different person most of the time (random phone and email), with a mix of ZIP codes,
-- GPS coordinates, preferred locations, virtual and in-person consultations, conditions and channels.

local first_names = {"Maria", "James", "Sofia", "Daniel", "Linh", "Olivia", "Ahmed", "Grace", "Mateo", "Priya"}
local last_names = {"Lopez", "Nguyen", "Smith", "Kim", "Garcia", "Patel", "Brown", "Tran", "Johnson", "Rivera"}
local zips = {"92780", "92782", "92675", "92629", "90740", "90803", "92705", "92618", "92660", "92627", "92683"}
local area_codes = {"714", "949", "657", "562"}
local locations = {"tustin", "san-juan-capistrano", "seal-beach"}
local conditions = {"DEPRESSION", "ANXIETY", "PTSD", "OCD", "CHRONIC_PAIN", "CRPS", "FIBROMYALGIA", "MIGRAINE",
                    "NEUROPATHIC_PAIN", "OTHER"}
local channels = {"WEBSITE", "MOBILE_APP", "WEBSITE", "OTHER"}
local contacts = {"EMAIL", "PHONE", "SMS"}

local counter = 0
thread_tag = "0"

function setup(thread)
   thread:set("thread_tag", tostring(math.random(100000, 999999)))
end

function init(args)
   math.randomseed(os.time() + tonumber(thread_tag or "0"))
end

local function pick(list)
   return list[math.random(#list)]
end

local function place()
   local r = math.random(10)
   if r <= 6 then
      return '"zipCode":"' .. pick(zips) .. '"'
   elseif r <= 8 then
      return string.format('"latitude":%.5f,"longitude":%.5f', 33.45 + math.random() * 0.4, -118.1 + math.random() * 0.5)
   elseif r == 9 then
      return '"preferredLocationId":"' .. pick(locations) .. '"'
   end
   return '"consultationMode":"VIRTUAL"'
end

local function condition_list()
   local n = math.random(0, 3)
   local chosen = {}
   for i = 1, n do
      chosen[#chosen + 1] = '"' .. pick(conditions) .. '"'
   end
   return "[" .. table.concat(chosen, ",") .. "]"
end

request = function()
   counter = counter + 1
   local contact = pick(contacts)
   local sms = contact == "SMS" and "true" or tostring(math.random(2) == 1)
   local body = string.format(
      '{"firstName":"%s","lastName":"%s","email":"bench.%s.%d.%d@example.com","phone":"(%s) %03d-%04d",%s,' ..
      '"conditions":%s,"preferredContact":"%s","message":"Best reached in the evening, request %d",' ..
      '"consent":{"contact":true,"sms":%s,"privacyNoticeVersion":"2026-01"},' ..
      '"source":{"channel":"%s","pageUrl":"https://clinic.example.com/free-consultation","utmSource":"bench"}}',
      pick(first_names), pick(last_names), thread_tag, counter, math.random(1000000),
      pick(area_codes), math.random(200, 999), math.random(0, 9999), place(),
      condition_list(), contact, counter, sms, pick(channels))
   return wrk.format("POST", "/api/v1/leads", {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
   io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
