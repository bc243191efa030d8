import EvalETL
print("evaletl")
