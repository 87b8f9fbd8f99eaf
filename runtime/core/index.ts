// Barrel of runtime/core: the object model.
export * from './values.js';
export * from './namespace.js';
export * from './type.js';
export * from './exceptions.js';
export * from './signature.js';
export * from './function.js';
export * from './builtins-registry.js';
export { PyMethod, methodType } from './method.js';
export { PyProperty, PyClassMethod, PyStaticMethod, PyMemberDescriptor, PyGetSetDescriptor, propertyType, classmethodType,
  staticmethodType, memberDescriptorType, getsetDescriptorType, defineGetSet, initProperty, newClassMethod, newStaticMethod,
  type NativeDescriptor } from './descriptors.js';
export { bindArgs } from './bind.js';
export { call, callKw, callEx, callMethod, callMethodKw, invoke, callSpecial, isMethodLike } from './call.js';
export { getattr, setattr, delattr, hasattr, pyGetattr, getattrOrUndefined, genericGetattr, genericSetattr, genericDelattr,
  typeGetattr, bindAttribute, instanceAttr, instanceNamespace, noAttribute } from './attributes.js';
export { typeCall, typeCallDefault } from './instantiate.js';
export { buildClass, nsGet, nsSet, nsDel, typeNew, calculateMetaclass } from './class-builder.js';
export { defaultRepr, namespaceView, objectDir, typeDir } from './object-dunders.js';
export { typeRepr, typeModule } from './type-dunders.js';
export { PySuper, superType, superOf, superOf as super, superGetattr } from './super.js';
export { isInstance, isSubclass } from './isinstance.js';
export { loadGlobal, loadClassName, unboundLocal, unboundFree, delGlobal } from './names.js';
export { typeOf as type } from './type.js';
import './fast-paths.js';
import './super-methods.js';
import './callable-attrs.js';
import './descriptor-methods.js';
import '../builtins/object-model.js';
