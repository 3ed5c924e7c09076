"""Helpers of the incremental build tests: copying the example report, comparing trees."""
import os
import shutil


def copy_report(source, root):
    """The report of `source` (settings, content, data, templates) into `root`."""
    os.makedirs(root)
    for name in ('rapportage.yaml', 'rapportage.json'):
        if os.path.exists(os.path.join(source, name)):
            shutil.copy(os.path.join(source, name), root)
    for folder in ('content', 'data', 'templates'):
        if os.path.isdir(os.path.join(source, folder)):
            shutil.copytree(os.path.join(source, folder), os.path.join(root, folder))


def tree(folder):
    files = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            with open(path, 'rb') as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


def same_trees(a, b):
    """The differences between two folders, file by file (empty when equal)."""
    ta, tb = tree(a), tree(b)
    problems = []
    for path in sorted(set(ta) | set(tb)):
        if path not in ta:
            problems.append(f'{path} only in the clean build')
        elif path not in tb:
            problems.append(f'{path} only in the incremental build')
        elif ta[path] != tb[path]:
            problems.append(f'{path} differs')
    return problems
