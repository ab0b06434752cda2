-- wrk script for bench/search-latency.sh: GET /api/v1/offers?q=…&size=20, rotating through the
-- queries of the file named after "--" (default bench/search-queries.txt); each thread starts at
-- a different query. An optional second argument sets the page size (default 20). At the end
-- prints latency percentiles and requests/s, and one line "RESULT …" for the calling script.
--   wrk -t2 -c16 -d30s --latency -s bench/search.lua http://127.0.0.1:8095 -- bench/search-queries.txt

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
local position = 0

function init(args)
  local file = args[1] or "bench/search-queries.txt"
  local size = args[2] or "20"
  for line in io.lines(file) do
    if line:match("%S") and not line:match("^%s*#") then
      table.insert(paths, "/api/v1/offers?q=" .. urlencode(line) .. "&size=" .. size)
    end
  end
  if #paths == 0 then
    error("no queries in " .. file)
  end
  position = ((id or 0) * 7) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  local ms = function(us) return us / 1000.0 end
  io.write(string.format("requests %d in %.1f s: %.1f requests/s\n", summary.requests, seconds,
      summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  mean %.2f  max %.2f\n",
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      ms(latency.mean), ms(latency.max)))
  io.write(string.format("errors: non-2xx/3xx %d, socket %d\n", e.status, errors))
  io.write(string.format("RESULT p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f rps=%.1f requests=%d non2xx=%d socket_errors=%d\n",
      ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
      summary.requests / seconds, summary.requests, e.status, errors))
end
