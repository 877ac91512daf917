-- Stories posted under the query terms in the buckets read, the best `limit` loaded (same rule as rankStories).
-- Answers { stories posted, { handle, slot, ... } of the best }.
local t = list(terms)
local p, weights = {}, {}
for i = 1, #t - 2, 3 do
  p[#p + 1] = t[i]; p[#p + 1] = t[i + 1]; weights[#weights + 1] = tonumber(t[i + 2])
end
return stories(bucketPrefixes(buckets), p, weights, tonumber(limit))
