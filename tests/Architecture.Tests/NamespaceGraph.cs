using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Which of our namespaces in one assembly uses which, read from the compiled IL: signatures, attributes, base types,
/// method bodies (locals, calls, field access, casts, catch clauses), so a dependency the source hides behind
/// <c>var</c> or a lambda still counts. Namespaces the compiler or a source generator adds outside ours are left out.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges;

    private NamespaceGraph(Dictionary<string, Dictionary<string, string>> edges) => _edges = edges;

    /// <summary>The namespaces of the graph, each with the namespaces it uses (itself excluded).</summary>
    public IReadOnlyCollection<string> Nodes => _edges.Keys;

    public static NamespaceGraph Of(System.Reflection.Assembly assembly, string ourPrefix)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!from.StartsWith(ourPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var uses = edges.TryGetValue(from, out var known) ? known : edges[from] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var used in TypesUsedBy(type))
            {
                if (IsIn(used, module) && NamespaceOf(used) is var to && to != from && to.StartsWith(ourPrefix, StringComparison.Ordinal))
                {
                    uses.TryAdd(to, $"{Outermost(type).FullName} uses {used.FullName}");
                }
            }
        }

        return new NamespaceGraph(edges);
    }

    /// <summary>A graph from plain edges, to check the checks themselves.</summary>
    public static NamespaceGraph FromEdges(params (string From, string To)[] edges)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            (graph.TryGetValue(from, out var uses) ? uses : graph[from] = new Dictionary<string, string>(StringComparer.Ordinal))
                .TryAdd(to, $"{from} -> {to}");
            graph.TryAdd(to, new Dictionary<string, string>(StringComparer.Ordinal));
        }

        return new NamespaceGraph(graph);
    }

    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var uses) && uses.ContainsKey(to);

    /// <summary>The graph with each namespace replaced by its group (e.g. its feature); edges inside a group vanish.</summary>
    public NamespaceGraph GroupedBy(Func<string, string> group)
    {
        var grouped = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (from, uses) in _edges)
        {
            var target = grouped.TryGetValue(group(from), out var known) ? known : grouped[group(from)] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (to, evidence) in uses.Where(u => group(u.Key) != group(from)))
            {
                target.TryAdd(group(to), evidence);
            }
        }

        return new NamespaceGraph(grouped);
    }

    /// <summary>The edges from namespaces matching <paramref name="from"/> to ones matching <paramref name="to"/>, each with a type that makes it.</summary>
    public IEnumerable<string> Edges(Func<string, bool> from, Func<string, bool> to) =>
        _edges.Where(e => from(e.Key)).SelectMany(e => e.Value.Where(u => to(u.Key)).Select(u => $"{e.Key} -> {u.Key} ({u.Value})"));

    /// <summary>
    /// One line per strongly connected set of two or more namespaces (Tarjan): a shortest way round it, and what makes
    /// each step of it, so the reader sees which reference to cut.
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<string>();
        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Connect(node);
        }

        return cycles;

        void Connect(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges[node].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Connect(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);

            if (component.Count > 1)
            {
                cycles.Add(DescribeWayRound(component.Order(StringComparer.Ordinal).First(), component));
            }
        }
    }

    private string DescribeWayRound(string start, HashSet<string> component)
    {
        // Breadth first inside the component, from start back to start: the shortest cycle through it.
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node) && !cameFrom.ContainsKey(start))
        {
            foreach (var next in _edges[node].Keys.Where(component.Contains).Order(StringComparer.Ordinal))
            {
                if (cameFrom.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        var steps = new List<string>();
        var at = start;
        do
        {
            var previous = cameFrom[at];
            steps.Add($"{previous} -> {at} ({_edges[previous][at]})");
            at = previous;
        }
        while (at != start);

        steps.Reverse();
        return string.Join(Environment.NewLine + "      ", steps);
    }

    private static bool IsIn(TypeReference type, ModuleDefinition module) =>
        type is TypeDefinition definition ? definition.Module == module : type.Scope == module;

    private static TypeReference Outermost(TypeReference type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        var used = new List<TypeReference>();
        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        AddAttributes(type);
        AddGenericParameters(type.GenericParameters);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType);
        }

        foreach (var method in type.Methods)
        {
            AddMethodSignature(method);
            AddAttributes(method);
            if (method.HasBody)
            {
                AddBody(method.Body);
            }
        }

        return used.SelectMany(Unwrap);

        void Add(TypeReference? reference)
        {
            if (reference is not null)
            {
                used.Add(reference);
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>().ToList().ForEach(Add);
            }
        }

        void AddGenericParameters(IEnumerable<GenericParameter> parameters)
        {
            foreach (var constraint in parameters.SelectMany(p => p.Constraints))
            {
                Add(constraint.ConstraintType);
            }
        }

        void AddMethodSignature(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
            else if (method is MethodDefinition definition)
            {
                AddGenericParameters(definition.GenericParameters);
            }
        }

        void AddBody(MethodBody body)
        {
            body.Variables.ToList().ForEach(v => Add(v.VariableType));
            body.ExceptionHandlers.ToList().ForEach(h => Add(h.CatchType));
            foreach (var instruction in body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference typeOperand:
                        Add(typeOperand);
                        break;
                    case MethodReference methodOperand:
                        AddMethodSignature(methodOperand);
                        break;
                    case FieldReference fieldOperand:
                        Add(fieldOperand.DeclaringType);
                        Add(fieldOperand.FieldType);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    /// <summary>The named types inside arrays, by-refs, pointers, modifiers and generic instances.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var inner in Unwrap(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Unwrap)))
                {
                    yield return inner;
                }

                yield break;
            case TypeSpecification specification:
                foreach (var inner in Unwrap(specification.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                yield return type;
                yield break;
        }
    }
}
