-- A copy's fingerprint, pointing to its original's handle (an existing entry is kept).
redis.call('HSETNX', fpKey, fingerprint, handle)
redis.call('EXPIRE', fpKey, ttl)
return 1
