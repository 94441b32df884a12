-- wrk script for the agents' reads at volume. SCENARIO picks the request:
--   queue   GET /api/v1/questions?status=S&team=T (a work queue, soonest deadline first, page 1)
--   deep    GET /api/v1/questions?status=closed&team=T&page=P (far pages of the largest list)
--   file    GET /api/v1/questions/{number} (the whole file), numbers read from the NUMBERS file
--   search  GET /api/v1/questions?q=WORD
--   queue-page     GET /workspace/fr/queues/Q (the workspace's queue page, with its counters), Q at random
--   question-page  GET /workspace/fr/questions/{number} (the workspace's question page)
-- TOKEN is an agent's API token, COOKIE the session cookie of a signed-in agent (for the pages). done() prints percentiles, including p95, in milliseconds.
local scenario = os.getenv("SCENARIO") or "queue"
local token = os.getenv("TOKEN")
local statuses = { "new", "open", "transferred", "waitingForPerson", "answered" }
local teams = { "front-fr", "front-nl", "allowances", "pensions" }
local names = { "exemple", "peeters", "martin", "janssens", "dupont" }
local queues = { "mine", "team", "unassigned", "at-risk", "overdue", "waiting" }
local cookie = os.getenv("COOKIE")
local numbers = {}
errors = 0

function init(args)
  math.randomseed(os.time())
  if scenario == "file" or scenario == "question-page" then
    for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
  end
end

function request()
  local path
  if scenario == "queue" then
    path = string.format("/api/v1/questions?status=%s&team=%s", statuses[math.random(#statuses)], teams[math.random(#teams)])
  elseif scenario == "deep" then
    path = string.format("/api/v1/questions?status=closed&team=%s&page=%d", teams[math.random(#teams)], math.random(1, 200))
  elseif scenario == "search" then
    path = "/api/v1/questions?q=" .. names[math.random(#names)]
  elseif scenario == "queue-page" then
    return wrk.format("GET", "/workspace/fr/queues/" .. queues[math.random(#queues)], { ["Cookie"] = cookie })
  elseif scenario == "question-page" then
    return wrk.format("GET", "/workspace/fr/questions/" .. numbers[math.random(#numbers)], { ["Cookie"] = cookie })
  else
    path = "/api/v1/questions/" .. numbers[math.random(#numbers)]
  end
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
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
