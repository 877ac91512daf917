-- Document frequencies of terms, read as the lookup reads them (readDf): { articles counted, { df... } }.
local docs, df = readDf(dfGeneration, dfCounters)
return { docs, df }
