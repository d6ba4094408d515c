#!/usr/bin/env python3
"""The launcher's marginal JVM options, by CPU time (less sensitive than wall time to other processes' load).

`group check N` run directly on the launcher's own archives (bootstrap/target/launch/java17, java25: run
./groupsetup once with JAVA_HOME set to each JDK first) with one option added at a time, alternating; medians of
wall time, CPU time (user + system, from wait4) and peak RSS.
Usage: [JDK17_HOME=… JDK25_HOME=…] GROUPSETUP_DATA_DIR=<folder with a complete group 94123456001> python3 bench/flags_cpu.py ROUNDS
"""
import os
import statistics
import subprocess
import sys
import time

JDK17 = os.environ.get("JDK17_HOME", "/usr/lib/jvm/java-17-openjdk-amd64")
JDK25 = os.environ.get("JDK25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
L="bootstrap/target/launch"
c1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xss512k".split()
def cmd(j, extra):
    if j==25:
        return [f"{JDK25}/bin/java",*c1,*extra,f"-XX:AOTCache={L}/java25/groupsetup.aot","-Xlog:cds=off","-Xlog:aot=off","-jar",f"{L}/java25/app/groupsetup.jar","group","check","94123456001"]
    return [f"{JDK17}/bin/java",*c1,*extra,f"-XX:SharedArchiveFile={L}/java17/groupsetup.jsa","-Xshare:auto","-Xlog:cds=off","-Xlog:cds+dynamic=off","-jar",f"{L}/java17/app/groupsetup.jar","group","check","94123456001"]
variants={}
for j in (17,25):
    variants[f"{j} launcher"]=cmd(j,[])
    variants[f"{j} -UsePerfData"]=cmd(j,["-XX:-UsePerfData"])
    variants[f"{j} no preinit"]=cmd(j,["-Dspring.backgroundpreinitializer.ignore=true"])
    variants[f"{j} CICompilerCount=1"]=cmd(j,["-XX:CICompilerCount=1"])
res={k:[] for k in variants}
for r in range(int(sys.argv[1])):
    for k,c in variants.items():
        t=time.monotonic(); p=subprocess.Popen(c,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); _,st,ru=os.wait4(p.pid,0); w=time.monotonic()-t
        assert os.waitstatus_to_exitcode(st)==0, (k, st)
        res[k].append((w, ru.ru_utime+ru.ru_stime, ru.ru_maxrss/1024))
print("| variant | wall median | CPU median | peak MiB |")
for k,v in res.items():
    print(f"| {k} | {statistics.median([a for a,_,_ in v]):.2f} s | {statistics.median([b for _,b,_ in v]):.2f} s | {statistics.median([c for *_,c in v]):.0f} |")
