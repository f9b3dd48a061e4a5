-- wrk script for bench/consultation-load.sh: anonymous submissions to one consultation.
--
-- Each request is POST /consultations/$CONSULTATION/submit with the visitor cookie and its CSRF token (fetched
-- once by the shell script), a text unique to the request (thread, counter and random words, so the duplicate
-- guard never answers 409) and a random X-Forwarded-For (the server runs with --trust-forwarded-for, so the
-- per-address rate limit of 60 inputs a minute is never reached by the bench itself).
-- A submission counts as acknowledged only on 303 (the redirect to /submissions/N after the commit); every other
-- status, and every socket error, is counted and printed by done(), and the number of 303s is written to
-- $ACKED_FILE when set, for the script to compare with the rows in the database.
--
-- Environment: CONSULTATION (id), COOKIE ("agora_visitor=…"), CSRF (token), ACKED_FILE (optional path).

local consultation = os.getenv("CONSULTATION") or "1"
local cookie = os.getenv("COOKIE") or ""
local csrf = os.getenv("CSRF") or ""
local path = "/consultations/" .. consultation .. "/submit"

local words = {
  "access", "accountability", "broadband", "capacity", "community", "connectivity", "cooperation", "data",
  "development", "digital", "governance", "inclusion", "infrastructure", "internet", "interoperability",
  "multistakeholder", "network", "openness", "policy", "privacy", "protocol", "public", "regulation", "resilience",
  "rights", "security", "spectrum", "standards", "sustainability", "transparency", "trust", "universal",
}
local groups = {
  "government", "private-sector", "civil-society", "technical-community", "academia", "intergovernmental-organization",
}
local countries = { "KE", "BR", "IN", "DE", "US", "JP", "NG", "FR", "AR", "ID" }

local threads = {}
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  counter = 0
  acked = 0
  other = 0
  statuses = ""
  local seen = {}
  status_counts = seen
  math.randomseed(os.time() * 1000 + tid * 7919)
end

function request()
  counter = counter + 1
  local t = {}
  for i = 1, 40 do t[i] = words[math.random(#words)] end
  local text = "Submission " .. tid .. "-" .. counter .. "-" .. math.random(1, 1000000000) .. ": " .. table.concat(t, " ") .. "."
  local body = "csrf=" .. csrf
    .. "&name=" .. urlencode("Bench Person " .. tid .. "-" .. counter)
    .. "&stakeholder_group=" .. groups[math.random(#groups)]
    .. "&country=" .. countries[math.random(#countries)]
    .. "&on_behalf=individual"
    .. "&text=" .. urlencode(text)
  local ip = math.random(1, 223) .. "." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-For"] = ip,
  }, body)
end

function response(status, headers, body)
  if status == 303 then
    acked = acked + 1
  else
    other = other + 1
    status_counts[status] = (status_counts[status] or 0) + 1
    local parts = {}
    for s, n in pairs(status_counts) do table.insert(parts, s .. ":" .. n) end
    statuses = table.concat(parts, " ")
  end
end

function done(summary, latency, requests)
  local total_acked, total_other, detail = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_acked = total_acked + thread:get("acked")
    total_other = total_other + thread:get("other")
    local s = thread:get("statuses")
    if s ~= "" then table.insert(detail, s) end
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  io.write(string.format("acked(303)=%d other_status=%d [%s] socket_errors=%d (connect %d read %d write %d timeout %d)\n",
    total_acked, total_other, table.concat(detail, " "), socket_errors, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("acked_per_sec=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    total_acked / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  local f = os.getenv("ACKED_FILE")
  if f and f ~= "" then
    local h = io.open(f, "w")
    h:write(tostring(total_acked), "\n")
    h:close()
  end
end
