-- wrk script of bench/api_throughput.py: sends BENCH_TOKEN (when set) as a bearer token,
-- counts non-2xx responses per thread, and at the end prints one line
-- "BENCH_RESULT {json}" with the figures the benchmark reports (latencies in microseconds).
--
-- p50 and p99 are wrk's own (what `wrk --latency` prints). Before done() runs, wrk corrects
-- its latency histogram for coordinated omission (stats_correct in wrk's stats.c): for every
-- latency n >= 2e, where e = run time / (responses / connections), it adds samples at n - e,
-- n - 2e, ... while above e. "over_2s" counts real responses, so it undoes that: with L(x)
-- the corrected samples <= x, the real ones above T are L(max(T, e) + e) - L(T), and the
-- corrected total is the recorded responses / F(2e) (F: the fraction <= x). L and F come
-- from latency:percentile by bisection. Responses slower than --timeout are not in the
-- histogram but in errors.timeout, and are added.

local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(_args)
  non2xx = 0
end

function response(status, _headers, _body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

local SLOW_US = 2000000

-- The fraction of the (corrected) histogram at or below x microseconds.
local function fraction_at_most(latency, x)
  if latency.max <= x then return 1 end
  if latency.min > x then return 0 end
  local lo, hi = 0, 100 -- percentile(100) is past the last rank: never asked
  for _ = 1, 60 do
    local mid = (lo + hi) / 2
    if latency:percentile(mid) <= x then lo = mid else hi = mid end
  end
  return lo / 100
end

-- Real responses slower than `slow` microseconds among those in the histogram.
local function over(latency, summary, connections, slow)
  if latency.max <= slow then return 0 end
  local recorded = summary.requests - summary.errors.timeout
  local per_connection = math.floor(summary.requests / connections)
  if per_connection == 0 then -- wrk corrected nothing
    return math.floor(recorded * (1 - fraction_at_most(latency, slow)) + 0.5)
  end
  local e = math.floor(summary.duration / per_connection)
  local f2e = fraction_at_most(latency, 2 * e)
  if f2e == 0 then return recorded end -- not possible for a closed loop; be safe
  local total = recorded / f2e
  local above = math.max(slow, e) + e
  local n = total * (fraction_at_most(latency, above) - fraction_at_most(latency, slow))
  return math.max(1, math.floor(n + 0.5)) -- max > slow: at least one
end

function done(summary, latency, _requests)
  local non2xx_total = 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
  end
  local connections = tonumber(os.getenv("BENCH_CONNECTIONS"))
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p99_us":%d,' ..
    '"max_us":%d,"over_2s":%d,"non2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), latency.max,
    over(latency, summary, connections, SLOW_US) + e.timeout, non2xx_total,
    e.connect, e.read, e.write, e.timeout))
end
