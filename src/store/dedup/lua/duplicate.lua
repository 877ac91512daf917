-- A copy's fingerprint, pointing to its original's handle (an existing entry is kept).
redis.call('HSETNX', fpKey, fingerprint, handle)
redis.call('PEXPIREAT', fpKey, int(clockMs(now) + tonumber(ttl)))
return 1
