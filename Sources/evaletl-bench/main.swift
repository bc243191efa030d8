print("evaletl-bench: no benchmark yet")
