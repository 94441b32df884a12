-- wrk script for the agents' workspace pages at volume, signed in with a session cookie (COOKIE).
-- SCENARIO picks the page:
--   queue     GET /workspace/en/queues/Q for each of the six queues in turn, page 1
--   question  GET /workspace/en/questions/{number}, numbers read from the NUMBERS file
-- done() prints percentiles, including p95, in milliseconds.
local scenario = os.getenv("SCENARIO") or "queue"
local cookie = os.getenv("COOKIE")
local queues = { "mine", "team", "unassigned", "at-risk", "overdue", "waiting" }
local numbers = {}
local turn = 0
errors = 0

function init(args)
  math.randomseed(os.time())
  if scenario == "question" then
    for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
  end
end

function request()
  local path
  if scenario == "queue" then
    turn = turn % #queues + 1
    path = "/workspace/en/queues/" .. queues[turn]
  else
    path = "/workspace/en/questions/" .. numbers[math.random(#numbers)]
  end
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

function done(summary, latency, requests)
  local total_errors = 0
  for _, thread in ipairs(threads) do total_errors = total_errors + thread:get("errors") end
  io.write(string.format("%s: %d requests, %.1f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d\n",
    scenario, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, total_errors))
end
